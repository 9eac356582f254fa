#pragma once
// GPU-ready geometry built once per dataset: one fill mesh and one outline per unit version
// and per context feature. Vertices are stored relative to an origin (the dataset's centre) with
// y flipped, so 32-bit floats keep sub-metre precision even for large projected coordinates.
#include "geodata/dataset.hpp"

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/PrimitiveType.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Vertex.hpp>
#include <SFML/Graphics/VertexBuffer.hpp>
#include <memory>
#include <vector>

namespace render {

/// Vertices kept on the GPU when the driver allows, else drawn from memory.
class Mesh {
  public:
    Mesh(std::vector<sf::Vertex> vertices, sf::PrimitiveType type);
    /// Recolours every vertex; re-uploads only when the colour really changes.
    void setColour(sf::Color colour);
    void draw(sf::RenderTarget& target, const sf::RenderStates& states) const;
    [[nodiscard]] size_t vertexCount() const { return m_vertices.size(); }

  private:
    std::vector<sf::Vertex> m_vertices;
    std::unique_ptr<sf::VertexBuffer> m_buffer; // by pointer: SFML 2.5's buffer cannot move
    sf::PrimitiveType m_type;
    sf::Color m_colour = sf::Color::White;
    bool m_onGpu = false;
};

struct UnitMesh {
    Mesh fill;
    Mesh outline; // sf::Lines along every ring
};

class MapMesh {
  public:
    explicit MapMesh(const geodata::Dataset& dataset);
    [[nodiscard]] geodata::Point origin() const { return m_origin; }
    [[nodiscard]] sf::Vector2f local(geodata::Point p) const {
        return {static_cast<float>(p.x - m_origin.x), static_cast<float>(m_origin.y - p.y)};
    }
    std::vector<UnitMesh> units;   // indexed by UnitVersion::id
    std::vector<UnitMesh> context; // indexed like Dataset::context

  private:
    geodata::Point m_origin;
    UnitMesh build(const geodata::TriangleList& triangles,
                   const std::vector<geodata::Polygon>& polygons) const;
};

} // namespace render
