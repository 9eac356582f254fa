#include "render/map_mesh.hpp"

#include <algorithm>
#include <map>

namespace render {

namespace {
// A group with more segments than this is cut into grid cells; smaller ones stay one piece, as
// every piece is a draw call.
constexpr size_t kPieceSegments = 256;
constexpr int kGridCells = 8; // per side of the map's bounds
} // namespace

Mesh::Mesh(std::vector<sf::Vertex> vertices, sf::PrimitiveType type)
    : m_vertices(std::move(vertices)),
      m_buffer(std::make_unique<sf::VertexBuffer>(type, sf::VertexBuffer::Static)), m_type(type) {
    m_onGpu = sf::VertexBuffer::isAvailable() && !m_vertices.empty() && m_buffer->create(m_vertices.size()) &&
              m_buffer->update(m_vertices.data());
}

void Mesh::setColour(sf::Color colour) {
    if (colour == m_colour) return;
    m_colour = colour;
    for (sf::Vertex& v : m_vertices) v.color = colour;
    if (m_onGpu) m_buffer->update(m_vertices.data());
}

void Mesh::draw(sf::RenderTarget& target, const sf::RenderStates& states) const {
    if (m_vertices.empty()) return;
    if (m_onGpu)
        target.draw(*m_buffer, states);
    else
        target.draw(m_vertices.data(), m_vertices.size(), m_type, states);
}

MapMesh::MapMesh(const geodata::Dataset& dataset) : m_origin(dataset.bounds.center()) {
    levels.resize(1 + dataset.levels.size());
    MeshLevel& full = levels.front();
    full.network = &dataset.borders;
    for (const geodata::UnitVersion& u : dataset.units) {
        full.units.push_back(build(u.triangles, u.polygons));
        full.unitTriangles.push_back(&u.triangles);
    }
    for (const geodata::ContextFeature& f : dataset.context)
        full.context.push_back(build(f.triangles, f.polygons));
    full.borders = cut(dataset.borders, dataset.bounds);

    for (size_t l = 0; l < dataset.levels.size(); ++l) {
        const geodata::DetailLevel& source = dataset.levels[l];
        MeshLevel& level = levels[l + 1];
        level.tolerance = source.tolerance;
        level.network = &source.borders;
        for (const geodata::SimplifiedShape& s : source.units) {
            level.units.push_back(build(s.triangles, s.polygons));
            level.unitTriangles.push_back(&s.triangles);
        }
        for (const geodata::SimplifiedShape& s : source.context)
            level.context.push_back(build(s.triangles, s.polygons));
        level.borders = cut(source.borders, dataset.bounds);
    }
}

size_t MapMesh::levelFor(double mapUnitsPerPixel, double maxErrorPixels) const {
    for (size_t l = levels.size(); l-- > 1;)
        if (levels[l].tolerance <= maxErrorPixels * mapUnitsPerPixel) return l;
    return 0;
}

UnitMesh MapMesh::build(const geodata::TriangleList& triangles,
                        const std::vector<geodata::Polygon>& polygons) const {
    std::vector<sf::Vertex> fill;
    fill.reserve(triangles.size());
    for (const geodata::Point& p : triangles) fill.emplace_back(local(p));

    std::vector<sf::Vertex> lines;
    auto addRing = [&](const geodata::Ring& ring) {
        for (size_t i = 0; i < ring.size(); ++i) {
            lines.emplace_back(local(ring[i]));
            lines.emplace_back(local(ring[(i + 1) % ring.size()]));
        }
    };
    for (const geodata::Polygon& polygon : polygons) {
        addRing(polygon.outer);
        for (const geodata::Ring& hole : polygon.holes) addRing(hole);
    }
    return {Mesh(std::move(fill), sf::Triangles), Mesh(std::move(lines), sf::Lines)};
}

std::vector<BorderPiece> MapMesh::cut(const geodata::BorderNetwork& network,
                                      const geodata::Bounds& extent) const {
    const double cellW = std::max(extent.width(), 1e-9) / kGridCells;
    const double cellH = std::max(extent.height(), 1e-9) / kGridCells;
    auto cellOf = [&](const geodata::Segment& s) {
        const double x = (s.a.x + s.b.x) / 2 - extent.minX;
        const double y = (s.a.y + s.b.y) / 2 - extent.minY;
        return std::clamp(static_cast<int>(y / cellH), 0, kGridCells - 1) * kGridCells +
               std::clamp(static_cast<int>(x / cellW), 0, kGridCells - 1);
    };
    std::vector<BorderPiece> pieces;
    for (size_t g = 0; g < network.groups.size(); ++g) {
        const std::vector<geodata::Segment>& segments = network.groups[g].segments;
        std::map<int, std::vector<const geodata::Segment*>> cells;
        for (const geodata::Segment& s : segments)
            cells[segments.size() > kPieceSegments ? cellOf(s) : 0].push_back(&s);
        for (const auto& [cell, members] : cells) {
            std::vector<sf::Vertex> lines;
            lines.reserve(members.size() * 2);
            geodata::Bounds bounds = geodata::Bounds::empty();
            for (const geodata::Segment* s : members) {
                lines.emplace_back(local(s->a));
                lines.emplace_back(local(s->b));
                bounds.expand(s->a);
                bounds.expand(s->b);
            }
            pieces.push_back({g, bounds, Mesh(std::move(lines), sf::Lines)});
        }
    }
    return pieces;
}

} // namespace render
