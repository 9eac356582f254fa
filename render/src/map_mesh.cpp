#include "render/map_mesh.hpp"

#include "border_chains.hpp"
#include "render/stroke.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

namespace render {

namespace {
// A group with more segments than this is cut into grid cells; smaller ones stay one piece.
constexpr size_t kPieceSegments = 256;
constexpr int kGridCells = 8; // per side of the map's bounds

// Position of a point along a Z-order curve over `extent` (1024 × 1024 cells): points close on
// the map are mostly close along the curve.
uint32_t zOrder(geodata::Point p, const geodata::Bounds& extent) {
    auto cell = [](double v, double lo, double span) {
        return static_cast<uint32_t>(std::clamp((v - lo) / std::max(span, 1e-9) * 1024.0, 0.0, 1023.0));
    };
    const uint32_t x = cell(p.x, extent.minX, extent.width());
    const uint32_t y = cell(p.y, extent.minY, extent.height());
    uint32_t key = 0;
    for (int bit = 0; bit < 10; ++bit)
        key |= ((x >> bit) & 1U) << (2 * bit) | ((y >> bit) & 1U) << (2 * bit + 1);
    return key;
}

geodata::Point centre(const geodata::Bounds& b) { return {(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2}; }

// Indices 0…n-1 sorted by (first year, last year, place on the map).
template <typename Item>
std::vector<size_t> drawOrder(const std::vector<Item>& items, const geodata::Bounds& extent) {
    std::vector<size_t> order(items.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::vector<uint32_t> keys(items.size());
    for (size_t i = 0; i < items.size(); ++i) keys[i] = zOrder(centre(items[i].bounds), extent);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return std::tie(items[a].fromYear, items[a].toYear, keys[a]) <
               std::tie(items[b].fromYear, items[b].toYear, keys[b]);
    });
    return order;
}

// Calls `ring` with every ring of `polygons` in the mesh's local coordinates.
template <typename F>
void forEachRing(const MapMesh& mesh, const std::vector<geodata::Polygon>& polygons, F ring) {
    std::vector<sf::Vector2f> points;
    auto add = [&](const geodata::Ring& r) {
        points.clear();
        for (const geodata::Point& p : r) points.push_back(mesh.local(p));
        ring(points);
    };
    for (const geodata::Polygon& polygon : polygons) {
        add(polygon.outer);
        for (const geodata::Ring& hole : polygon.holes) add(hole);
    }
}

size_t outlineVertices(const MapMesh& mesh, const std::vector<geodata::Polygon>& polygons) {
    size_t n = 0;
    forEachRing(mesh, polygons,
                [&n](const std::vector<sf::Vector2f>& ring) { n += strokeVertexCount(ring, true); });
    return n;
}

// Calls `line` with every line of a border piece in the mesh's local coordinates.
template <typename F>
void forEachPieceLine(const MapMesh& mesh, const MeshLevel& level, const BorderPiece& piece, F line) {
    std::vector<sf::Vector2f> points;
    forEachBorderLine(level.network->groups[piece.group].segments, piece.segments,
                      [&](const std::vector<geodata::Point>& chain, bool closed) {
                          points.clear();
                          for (const geodata::Point& p : chain) points.push_back(mesh.local(p));
                          line(points, closed);
                      });
}

// Big groups cut by a grid, so that culling can skip what is off screen. Pieces of groups with
// the same years lie together, so one year's borders are a few long runs in the buffer.
std::vector<BorderPiece> cut(const geodata::BorderNetwork& network, const geodata::Bounds& extent) {
    const double cellW = std::max(extent.width(), 1e-9) / kGridCells;
    const double cellH = std::max(extent.height(), 1e-9) / kGridCells;
    auto cellOf = [&](const geodata::Segment& s) {
        const double x = (s.a.x + s.b.x) / 2 - extent.minX;
        const double y = (s.a.y + s.b.y) / 2 - extent.minY;
        return std::clamp(static_cast<int>(y / cellH), 0, kGridCells - 1) * kGridCells +
               std::clamp(static_cast<int>(x / cellW), 0, kGridCells - 1);
    };
    std::vector<size_t> groups(network.groups.size());
    std::iota(groups.begin(), groups.end(), size_t{0});
    std::stable_sort(groups.begin(), groups.end(),
                     [&](size_t a, size_t b) { return network.groups[a].years < network.groups[b].years; });
    std::vector<BorderPiece> pieces;
    for (size_t g : groups) {
        const std::vector<geodata::Segment>& segments = network.groups[g].segments;
        std::map<int, BorderPiece> cells;
        for (size_t i = 0; i < segments.size(); ++i) {
            const geodata::Segment& s = segments[i];
            BorderPiece& piece = cells[segments.size() > kPieceSegments ? cellOf(s) : 0];
            if (piece.segments.empty()) piece = {g, geodata::Bounds::empty(), {}};
            piece.segments.push_back(static_cast<uint32_t>(i));
            piece.bounds.expand(s.a);
            piece.bounds.expand(s.b);
        }
        for (auto& [cell, piece] : cells) pieces.push_back(std::move(piece));
    }
    return pieces;
}

std::vector<size_t> identity(size_t n) {
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t{0});
    return order;
}

template <typename T, typename F> std::vector<size_t> countsOf(const std::vector<T>& items, F count) {
    std::vector<size_t> counts;
    counts.reserve(items.size());
    for (const T& item : items) counts.push_back(count(item));
    return counts;
}

const geodata::DetailLevel* detail(const geodata::Dataset& dataset, size_t index) {
    return index == 0 ? nullptr : &dataset.levels[index - 1];
}

std::vector<const geodata::TriangleList*> unitTrianglesOf(const geodata::Dataset& dataset, size_t index) {
    std::vector<const geodata::TriangleList*> out;
    for (size_t i = 0; i < dataset.units.size(); ++i)
        out.push_back(index == 0 ? &dataset.units[i].triangles
                                 : &dataset.levels[index - 1].units[i].triangles);
    return out;
}

std::vector<const std::vector<geodata::Polygon>*> unitPolygonsOf(const geodata::Dataset& dataset,
                                                                 size_t index) {
    std::vector<const std::vector<geodata::Polygon>*> out;
    for (size_t i = 0; i < dataset.units.size(); ++i)
        out.push_back(index == 0 ? &dataset.units[i].polygons : &dataset.levels[index - 1].units[i].polygons);
    return out;
}

std::vector<const std::vector<geodata::Polygon>*> contextPolygonsOf(const geodata::Dataset& dataset,
                                                                    size_t index) {
    std::vector<const std::vector<geodata::Polygon>*> out;
    for (size_t i = 0; i < dataset.context.size(); ++i)
        out.push_back(index == 0 ? &dataset.context[i].polygons
                                 : &dataset.levels[index - 1].context[i].polygons);
    return out;
}

const geodata::TriangleList& contextTriangles(const geodata::Dataset& dataset, size_t index, size_t i) {
    return index == 0 ? dataset.context[i].triangles : dataset.levels[index - 1].context[i].triangles;
}

std::vector<size_t> contextTriangleCounts(const geodata::Dataset& dataset, size_t index) {
    std::vector<size_t> counts;
    for (size_t i = 0; i < dataset.context.size(); ++i)
        counts.push_back(contextTriangles(dataset, index, i).size());
    return counts;
}

} // namespace

MeshLevel::MeshLevel(const MapMesh& mesh, const geodata::Dataset& dataset, size_t index)
    : tolerance(index == 0 ? 0.0 : detail(dataset, index)->tolerance),
      network(index == 0 ? &dataset.borders : &detail(dataset, index)->borders),
      unitTriangles(unitTrianglesOf(dataset, index)), unitPolygons(unitPolygonsOf(dataset, index)),
      contextPolygons(contextPolygonsOf(dataset, index)),
      unitFills(sf::Triangles, countsOf(unitTriangles, [](const auto* t) { return t->size(); }),
                mesh.unitOrder(),
                [this, &mesh](size_t item, std::vector<sf::Vertex>& out) {
                    for (const geodata::Point& p : *unitTriangles[item]) out.emplace_back(mesh.local(p));
                }),
      contextFills(sf::Triangles, contextTriangleCounts(dataset, index), mesh.contextOrder(),
                   [&mesh, &dataset, index](size_t item, std::vector<sf::Vertex>& out) {
                       for (const geodata::Point& p : contextTriangles(dataset, index, item))
                           out.emplace_back(mesh.local(p));
                   }),
      contextOutlines(sf::TriangleStrip,
                      countsOf(contextPolygons, [&mesh](const auto* p) { return outlineVertices(mesh, *p); }),
                      mesh.contextOrder(),
                      [this, &mesh](size_t item, std::vector<sf::Vertex>& out) {
                          mesh.appendOutline(*contextPolygons[item], sf::Color::White, out);
                      }),
      borders(cut(*network, dataset.bounds)),
      borderLines(sf::TriangleStrip,
                  countsOf(borders,
                           [this, &mesh](const BorderPiece& p) {
                               size_t n = 0;
                               forEachPieceLine(mesh, *this, p,
                                                [&n](const std::vector<sf::Vector2f>& line, bool closed) {
                                                    n += strokeVertexCount(line, closed);
                                                });
                               return n;
                           }),
                  identity(borders.size()), [this, &mesh](size_t item, std::vector<sf::Vertex>& out) {
                      mesh.appendPiece(*this, borders[item], sf::Color::White, out);
                  }) {}

MapMesh::MapMesh(const geodata::Dataset& dataset)
    : m_dataset(dataset), m_origin(dataset.bounds.center()),
      m_unitOrder(drawOrder(dataset.units, dataset.bounds)),
      m_contextOrder(drawOrder(dataset.context, dataset.bounds)), m_levels(1 + dataset.levels.size()) {}

double MapMesh::tolerance(size_t level) const {
    return level == 0 ? 0.0 : m_dataset.levels[level - 1].tolerance;
}

size_t MapMesh::levelFor(double mapUnitsPerPixel, double maxErrorPixels) const {
    for (size_t l = m_levels.size(); l-- > 1;)
        if (tolerance(l) <= maxErrorPixels * mapUnitsPerPixel) return l;
    return 0;
}

MeshLevel& MapMesh::level(size_t index) {
    if (!m_levels[index]) m_levels[index] = std::make_unique<MeshLevel>(*this, m_dataset, index);
    return *m_levels[index];
}

void MapMesh::appendOutline(const std::vector<geodata::Polygon>& polygons, sf::Color colour,
                            std::vector<sf::Vertex>& out) const {
    forEachRing(*this, polygons,
                [&](const std::vector<sf::Vector2f>& ring) { appendStroke(out, ring, true, colour); });
}

void MapMesh::appendPiece(const MeshLevel& level, const BorderPiece& piece, sf::Color colour,
                          std::vector<sf::Vertex>& out) const {
    forEachPieceLine(*this, level, piece, [&](const std::vector<sf::Vector2f>& line, bool closed) {
        appendStroke(out, line, closed, colour);
    });
}

} // namespace render
