#include "render/mesh_batch.hpp"

#include <algorithm>

namespace render {

namespace {
// Vertices generated and uploaded at a time while building: keeps the building's peak memory
// small next to the buffer itself.
constexpr size_t kUploadChunk = 1 << 16;
} // namespace

MeshBatch::MeshBatch(sf::PrimitiveType type, const std::vector<size_t>& counts, std::vector<size_t> order,
                     Source source)
    : m_type(type), m_source(std::move(source)), m_ranges(counts.size()), m_order(std::move(order)) {
    for (size_t item : m_order) {
        m_ranges[item].first = static_cast<uint32_t>(m_total);
        m_ranges[item].count = static_cast<uint32_t>(counts[item]);
        m_total += counts[item];
    }
}

void MeshBatch::setColour(size_t item, sf::Color colour) {
    Range& range = m_ranges[item];
    if (range.colour == colour) return;
    range.colour = colour;
    if (!m_built || range.count == 0) return; // build() uploads the colour with everything else
    if (!m_buffer) {
        for (size_t i = range.first; i < range.first + range.count; ++i) m_memory[i].color = colour;
        return;
    }
    m_scratch.clear();
    m_source(item, m_scratch);
    for (sf::Vertex& v : m_scratch) v.color = colour;
    m_buffer->update(m_scratch.data(), m_scratch.size(), range.first);
}

void MeshBatch::build() {
    m_built = true;
    if (m_total == 0) return;
    auto buffer = std::make_unique<sf::VertexBuffer>(m_type, sf::VertexBuffer::Static);
    const bool onGpu = sf::VertexBuffer::isAvailable() && buffer->create(m_total);
    if (onGpu) m_buffer = std::move(buffer);
    std::vector<sf::Vertex>& out = onGpu ? m_scratch : m_memory;
    out.clear();
    size_t uploaded = 0;
    for (size_t item : m_order) {
        const size_t start = out.size();
        m_source(item, out);
        for (size_t i = start; i < out.size(); ++i) out[i].color = m_ranges[item].colour;
        if (onGpu && out.size() >= kUploadChunk) {
            m_buffer->update(out.data(), out.size(), static_cast<unsigned>(uploaded));
            uploaded += out.size();
            out.clear();
        }
    }
    if (onGpu && !out.empty()) m_buffer->update(out.data(), out.size(), static_cast<unsigned>(uploaded));
    // The buffer holds the vertices now; keep no second copy (with llvmpipe both would be in RAM).
    m_scratch = {};
    m_order = {};
}

void MeshBatch::drawRange(sf::RenderTarget& target, size_t first, size_t count,
                          const sf::RenderStates& states) const {
    if (m_buffer)
        target.draw(*m_buffer, first, count, states);
    else
        target.draw(m_memory.data() + first, count, m_type, states);
}

size_t MeshBatch::draw(sf::RenderTarget& target, const std::vector<size_t>& items,
                       const sf::RenderStates& states) {
    if (!m_built) build();
    if (m_total == 0) return 0;
    size_t calls = 0;
    size_t runFirst = 0;
    size_t runCount = 0;
    for (size_t item : items) {
        const Range& range = m_ranges[item];
        if (range.count == 0) continue;
        if (runCount > 0 && range.first == runFirst + runCount) {
            runCount += range.count;
            continue;
        }
        if (runCount > 0) {
            drawRange(target, runFirst, runCount, states);
            ++calls;
        }
        runFirst = range.first;
        runCount = range.count;
    }
    if (runCount > 0) {
        drawRange(target, runFirst, runCount, states);
        ++calls;
    }
    return calls;
}

} // namespace render
