#pragma once
// Many small meshes (items) in one vertex buffer, so that items lying next to each other in the
// buffer are drawn with one draw call. On a software renderer (llvmpipe) every draw call costs
// driver work on the main thread, so thousands of per-unit buffers were the largest cost of a
// country-scale frame. Each item has one colour; changing it rewrites only that item's range.
#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/PrimitiveType.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Vertex.hpp>
#include <SFML/Graphics/VertexBuffer.hpp>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace render {

class MeshBatch {
  public:
    /// Appends item `item`'s vertices (positions; the batch sets the colours) to `out`.
    using Source = std::function<void(size_t item, std::vector<sf::Vertex>& out)>;

    /// `counts[i]` is how many vertices item i has; `order` lists every item once, in the order
    /// they lie in the buffer (put items that are drawn together next to each other).
    MeshBatch(sf::PrimitiveType type, const std::vector<size_t>& counts, std::vector<size_t> order,
              Source source);

    /// Re-uploads the item's range only when its colour really changes. Call before drawing
    /// in a frame: rewriting a buffer that a queued draw still reads makes the driver wait.
    void setColour(size_t item, sf::Color colour);
    [[nodiscard]] sf::Color colour(size_t item) const { return m_ranges[item].colour; }
    [[nodiscard]] size_t vertexCount(size_t item) const { return m_ranges[item].count; }

    /// Draws `items` in this order; runs of items that follow each other in the buffer share
    /// one draw call. Builds the buffer on first use. Returns the number of draw calls.
    size_t draw(sf::RenderTarget& target, const std::vector<size_t>& items, const sf::RenderStates& states);

  private:
    struct Range {
        uint32_t first = 0;
        uint32_t count = 0;
        sf::Color colour = sf::Color::White;
    };
    void build();
    void drawRange(sf::RenderTarget& target, size_t first, size_t count,
                   const sf::RenderStates& states) const;

    sf::PrimitiveType m_type;
    Source m_source;
    std::vector<Range> m_ranges; // by item
    std::vector<size_t> m_order; // items in buffer order, until built
    size_t m_total = 0;
    bool m_built = false;
    std::unique_ptr<sf::VertexBuffer> m_buffer; // by pointer: SFML 2.5's buffer cannot move
    std::vector<sf::Vertex> m_memory;           // only when the driver has no vertex buffers
    std::vector<sf::Vertex> m_scratch;          // one item's vertices while recolouring
};

} // namespace render
