#pragma once
// GPU-ready geometry for a dataset: for every level of detail, the unit fills, the context layer
// and the shared borders (cut into pieces), each kind in one vertex buffer (render/mesh_batch.hpp).
// A level is built the first time it is drawn, so a session that never zooms in never holds the
// full geometry on the GPU. Vertices are stored relative to an origin (the dataset's centre) with
// y flipped, so 32-bit floats keep sub-metre precision even for large projected coordinates.
#include "geodata/dataset.hpp"
#include "render/mesh_batch.hpp"

#include <SFML/Graphics/Vertex.hpp>
#include <cstdint>
#include <memory>
#include <vector>

namespace render {

/// Part of one border group: a big group is cut by a grid, so that a zoomed-in view draws only
/// the pieces it sees.
struct BorderPiece {
    size_t group = 0; // index into MeshLevel::network->groups
    geodata::Bounds bounds;
    std::vector<uint32_t> segments; // indices into the group's segments
};

class MapMesh;

/// Everything drawn at one level of detail. The buffers read the dataset's geometry through
/// pointers, so a level neither moves nor outlives its dataset.
struct MeshLevel {
    MeshLevel(const MapMesh& mesh, const geodata::Dataset& dataset, size_t index);
    MeshLevel(const MeshLevel&) = delete;
    MeshLevel& operator=(const MeshLevel&) = delete;

    double tolerance = 0; // map units a border may have moved; 0 = the full geometry
    const geodata::BorderNetwork* network = nullptr;
    std::vector<const geodata::TriangleList*> unitTriangles;           // by UnitVersion::id
    std::vector<const std::vector<geodata::Polygon>*> unitPolygons;    // by UnitVersion::id
    std::vector<const std::vector<geodata::Polygon>*> contextPolygons; // indexed like Dataset::context
    MeshBatch unitFills;              // item = UnitVersion::id, sf::Triangles
    MeshBatch contextFills;           // item = context index, sf::Triangles
    MeshBatch contextOutlines;        // item = context index, strokes along every ring (render/stroke.hpp)
    std::vector<BorderPiece> borders; // in buffer order: pieces of groups with the same years together
    MeshBatch borderLines;            // item = index into `borders`, strokes (render/stroke.hpp)
};

class MapMesh {
  public:
    /// Keeps a reference to `dataset`, which must outlive the mesh.
    explicit MapMesh(const geodata::Dataset& dataset);
    [[nodiscard]] geodata::Point origin() const { return m_origin; }
    [[nodiscard]] sf::Vector2f local(geodata::Point p) const {
        return {static_cast<float>(p.x - m_origin.x), static_cast<float>(m_origin.y - p.y)};
    }
    /// Level 0 is the full geometry, then Dataset::levels in order.
    [[nodiscard]] size_t levelCount() const { return m_levels.size(); }
    [[nodiscard]] double tolerance(size_t level) const;
    /// The coarsest level whose borders move by at most `maxErrorPixels` at this zoom.
    [[nodiscard]] size_t levelFor(double mapUnitsPerPixel, double maxErrorPixels = 1.0) const;
    /// The level's geometry, built on first use.
    MeshLevel& level(size_t index);
    [[nodiscard]] bool isBuilt(size_t index) const { return m_levels[index] != nullptr; }
    /// Unit version ids (and context indices) in the order their fills lie in the buffers: by
    /// first and last year, so the units valid in a year form a few long runs, and within those
    /// along a space-filling curve, so a zoomed-in view's units are mostly neighbours too.
    [[nodiscard]] const std::vector<size_t>& unitOrder() const { return m_unitOrder; }
    [[nodiscard]] const std::vector<size_t>& contextOrder() const { return m_contextOrder; }
    /// Strokes (render/stroke.hpp) along every ring of `polygons`, in `colour`.
    void appendOutline(const std::vector<geodata::Polygon>& polygons, sf::Color colour,
                       std::vector<sf::Vertex>& out) const;
    /// Strokes along one border piece's lines, in `colour`.
    void appendPiece(const MeshLevel& level, const BorderPiece& piece, sf::Color colour,
                     std::vector<sf::Vertex>& out) const;

  private:
    const geodata::Dataset& m_dataset;
    geodata::Point m_origin;
    std::vector<size_t> m_unitOrder;
    std::vector<size_t> m_contextOrder;
    std::vector<std::unique_ptr<MeshLevel>> m_levels;
};

} // namespace render
