#include "tessellation.hpp"

#include "geos_handle.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <stdexcept>
#include <string>

namespace generator {

namespace {

// An irregular blob: a circle whose radius wobbles with a few random harmonics, so the country
// has bays and peninsulas instead of the straight edges of the random points' square.
class Country {
  public:
    Country(const TessellationSpec& spec, Random& random) : m_cx(spec.centreX), m_cy(spec.centreY) {
        double squares = 0;
        for (size_t k = 0; k < m_amplitude.size(); ++k) {
            const auto harmonic = static_cast<double>(k + 2);
            m_amplitude[k] = random.uniform(0.0, 0.25 / harmonic);
            m_phase[k] = random.uniform(0.0, 2 * std::numbers::pi);
            squares += m_amplitude[k] * m_amplitude[k];
        }
        // Area of r(θ) = R (1 + Σ a_k sin(kθ + φ_k)) is π R² (1 + Σ a_k² / 2).
        m_radius = std::sqrt(spec.areaM2 / (std::numbers::pi * (1 + squares / 2)));
    }

    [[nodiscard]] bool contains(double x, double y) const {
        const double dx = x - m_cx;
        const double dy = y - m_cy;
        return std::hypot(dx, dy) <= radiusAt(std::atan2(dy, dx));
    }
    /// Half the side of a square around the centre that holds the whole country.
    [[nodiscard]] double reach() const {
        double most = 1;
        for (double a : m_amplitude) most += a;
        return m_radius * most;
    }

  private:
    [[nodiscard]] double radiusAt(double angle) const {
        double r = 1;
        for (size_t k = 0; k < m_amplitude.size(); ++k)
            r += m_amplitude[k] * std::sin(static_cast<double>(k + 2) * angle + m_phase[k]);
        return m_radius * r;
    }

    double m_cx, m_cy;
    double m_radius = 0;
    std::array<double, 5> m_amplitude{};
    std::array<double, 5> m_phase{};
};

// Which kept cells share an edge: number the distinct vertices (exact coordinates), then sort
// the edges by their two vertex numbers; an edge met twice joins two cells.
void findNeighbours(Tessellation& t) {
    const size_t points = t.xy.size() / 2;
    std::vector<uint32_t> order(points);
    for (size_t i = 0; i < points; ++i) order[i] = static_cast<uint32_t>(i);
    auto at = [&](uint32_t i) { return std::pair(t.xy[2 * size_t{i}], t.xy[2 * size_t{i} + 1]); };
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return at(a) < at(b); });
    std::vector<uint32_t> vertexOf(points);
    uint32_t next = 0;
    for (size_t i = 0; i < points; ++i) {
        if (i > 0 && at(order[i]) != at(order[i - 1])) ++next;
        vertexOf[order[i]] = next;
    }

    struct Edge {
        uint64_t key;
        int cell;
    };
    std::vector<Edge> edges;
    edges.reserve(points);
    for (size_t c = 0; c < t.cellCount(); ++c) {
        for (size_t i = t.start[c]; i + 1 < t.start[c + 1]; ++i) {
            const uint32_t a = vertexOf[i];
            const uint32_t b = vertexOf[i + 1];
            if (a == b) continue;
            edges.push_back({(uint64_t{std::min(a, b)} << 32) | std::max(a, b), static_cast<int>(c)});
        }
    }
    std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) {
        return a.key < b.key || (a.key == b.key && a.cell < b.cell);
    });
    t.neighbours.assign(t.cellCount(), {});
    for (size_t i = 0; i + 1 < edges.size(); ++i) {
        if (edges[i].key != edges[i + 1].key || edges[i].cell == edges[i + 1].cell) continue;
        t.neighbours[static_cast<size_t>(edges[i].cell)].push_back(edges[i + 1].cell);
        t.neighbours[static_cast<size_t>(edges[i + 1].cell)].push_back(edges[i].cell);
    }
    for (auto& list : t.neighbours) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
}

} // namespace

Tessellation tessellate(const TessellationSpec& spec, Random& random, const Progress& progress) {
    if (spec.cells < 4 || spec.areaM2 <= 0)
        throw std::invalid_argument("tessellate: too few cells or no area");
    progress("tessellating", 0.0);
    const Country country(spec, random);
    // Random points fill a square a few cells wider than the country, so that every cell kept
    // (inside the country) is a whole Voronoi cell, never one cut by the diagram's frame.
    const double cellSide = std::sqrt(spec.areaM2 / static_cast<double>(spec.cells));
    const double half = country.reach() + 4 * cellSide;
    const double minX = spec.centreX - half, maxX = spec.centreX + half;
    const double minY = spec.centreY - half, maxY = spec.centreY + half;
    const auto sites = static_cast<size_t>(static_cast<double>(spec.cells) * (4 * half * half) / spec.areaM2);

    GeosHandle geos;
    GEOSContextHandle_t h = geos.get();
    std::vector<GEOSGeometry*> points(sites);
    for (GEOSGeometry*& p : points) {
        const double x = random.uniform(minX, maxX);
        p = GEOSGeom_createPointFromXY_r(h, x, random.uniform(minY, maxY));
    }
    const GeosHandle::Geometry multipoint =
        geos.own(GEOSGeom_createCollection_r(h, GEOS_MULTIPOINT, points.data(), static_cast<unsigned>(sites)),
                 "collecting the Voronoi sites");
    const GeosHandle::Geometry frame =
        geos.own(GEOSGeom_createRectangle_r(h, minX, minY, maxX, maxY), "the Voronoi frame");
    progress("tessellating", 0.1);
    const GeosHandle::Geometry diagram =
        geos.own(GEOSVoronoiDiagram_r(h, multipoint.get(), frame.get(), 0.0, 0), "the Voronoi diagram");
    progress("tessellating", 0.7);

    Tessellation t;
    t.start.push_back(0);
    const int cellCount = GEOSGetNumGeometries_r(h, diagram.get());
    std::vector<double> ring;
    for (int i = 0; i < cellCount; ++i) {
        const GEOSGeometry* cell = GEOSGetGeometryN_r(h, diagram.get(), i);
        const GEOSGeometry* outer = GEOSGetExteriorRing_r(h, cell);
        const GEOSCoordSequence* seq = outer ? GEOSGeom_getCoordSeq_r(h, outer) : nullptr;
        unsigned size = 0;
        if (!seq || !GEOSCoordSeq_getSize_r(h, seq, &size) || size < 4) continue;
        ring.resize(2 * size_t{size});
        GEOSCoordSeq_copyToBuffer_r(h, seq, ring.data(), 0, 0);
        double sx = 0, sy = 0;
        bool onFrame = false;
        for (unsigned p = 0; p + 1 < size; ++p) { // the last point closes the ring
            const double x = ring[2 * size_t{p}], y = ring[2 * size_t{p} + 1];
            sx += x;
            sy += y;
            onFrame = onFrame || x <= minX || x >= maxX || y <= minY || y >= maxY;
        }
        if (onFrame || !country.contains(sx / (size - 1), sy / (size - 1))) continue;
        t.xy.insert(t.xy.end(), ring.begin(), ring.end());
        t.start.push_back(t.xy.size() / 2);
    }
    progress("tessellating", 0.85);
    findNeighbours(t);
    progress("tessellating", 1.0);
    return t;
}

} // namespace generator
