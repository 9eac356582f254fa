#pragma once
// DejaVu Sans from Debian's fonts-dejavu-core: it has every Swedish letter.
#include <SFML/Graphics/Font.hpp>
#include <string>

namespace render {

inline constexpr const char* kSansPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
inline constexpr const char* kSansBoldPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

/// Loads a font file; prints one line naming the file on failure (labels are then left out).
[[nodiscard]] bool loadFont(sf::Font& font, const std::string& path);

} // namespace render
