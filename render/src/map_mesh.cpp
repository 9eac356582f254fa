#include "render/map_mesh.hpp"

namespace render {

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
    units.reserve(dataset.units.size());
    for (const geodata::UnitVersion& u : dataset.units) units.push_back(build(u.triangles, u.polygons));
    context.reserve(dataset.context.size());
    for (const geodata::ContextFeature& f : dataset.context)
        context.push_back(build(f.triangles, f.polygons));
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

} // namespace render
