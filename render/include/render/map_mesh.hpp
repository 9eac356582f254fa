#pragma once
// GPU-ready geometry built once per dataset: for every level of detail, one fill mesh and one
// outline per unit version and per context feature, and the shared borders cut into pieces.
// Vertices are stored relative to an origin (the dataset's centre) with y flipped, so 32-bit
// floats keep sub-metre precision even for large projected coordinates.
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

/// Part of one border group: a big group is cut by a grid, so that a zoomed-in view draws only
/// the pieces it sees.
struct BorderPiece {
    size_t group = 0; // index into MeshLevel::network->groups
    geodata::Bounds bounds;
    Mesh mesh; // sf::Lines
};

/// Everything drawn at one level of detail.
struct MeshLevel {
    double tolerance = 0; // map units a border may have moved; 0 = the full geometry
    const geodata::BorderNetwork* network = nullptr;
    std::vector<const geodata::TriangleList*> unitTriangles; // by UnitVersion::id, for hatching
    std::vector<UnitMesh> units;                             // by UnitVersion::id
    std::vector<UnitMesh> context;                           // indexed like Dataset::context
    std::vector<BorderPiece> borders;
};

class MapMesh {
  public:
    explicit MapMesh(const geodata::Dataset& dataset);
    [[nodiscard]] geodata::Point origin() const { return m_origin; }
    [[nodiscard]] sf::Vector2f local(geodata::Point p) const {
        return {static_cast<float>(p.x - m_origin.x), static_cast<float>(m_origin.y - p.y)};
    }
    /// The coarsest level whose borders move by at most `maxErrorPixels` at this zoom.
    [[nodiscard]] size_t levelFor(double mapUnitsPerPixel, double maxErrorPixels = 1.0) const;

    std::vector<MeshLevel> levels; // [0] = the full geometry, then Dataset::levels in order

  private:
    geodata::Point m_origin;
    UnitMesh build(const geodata::TriangleList& triangles,
                   const std::vector<geodata::Polygon>& polygons) const;
    std::vector<BorderPiece> cut(const geodata::BorderNetwork& network, const geodata::Bounds& extent) const;
};

} // namespace render
