#pragma once
// The last picture drawn (the map, its labels and what the caller drew over them), kept as an image:
// when the next frame would draw exactly the same (the same units in the same colours, borders, view,
// size and captions: a held year, or playback between two changes), it is copied back with one
// framebuffer blit instead of being drawn again. On llvmpipe
// the copy costs about 2 ms at 1920×1080; drawing a country-scale map costs tens of milliseconds.
// Only for whole, single-sampled targets: OpenGL cannot blit into a multisampled framebuffer.
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <cstdint>
#include <vector>

namespace render {

class MapImage {
  public:
    /// Whether `target` (active, whole target) can be cached: single-sampled, blits available.
    [[nodiscard]] bool usable(sf::RenderTarget& target);
    /// Copies the image stored under `signature` into `target`; false (nothing done) if there is none.
    bool restore(sf::RenderTarget& target, const std::vector<uint32_t>& signature);
    /// Keeps what `target` shows now under `signature`.
    void store(sf::RenderTarget& target, const std::vector<uint32_t>& signature);
    /// Forgets the stored image (the next restore draws).
    void clear() { m_signature.clear(); }

  private:
    sf::Texture m_image;
    std::vector<uint32_t> m_signature; // empty = nothing stored
    int m_blitSupport = -1;            // -1 = not checked yet
};

} // namespace render
