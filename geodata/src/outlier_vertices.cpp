#include "outlier_vertices.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace geodata::detail {

namespace {

// Distance from a point to a box (0 inside it).
double distanceTo(const Bounds& box, Point p) {
    const double dx = std::max({box.minX - p.x, 0.0, p.x - box.maxX});
    const double dy = std::max({box.minY - p.y, 0.0, p.y - box.maxY});
    return std::hypot(dx, dy);
}

std::string number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", value);
    return text;
}

std::string kilometres(double metres) {
    char text[32];
    std::snprintf(text, sizeof text, "%.0f", metres / 1000);
    return text;
}

// The first vertex of `polygons` farther than `limit` from `box`, described, or nullopt.
std::optional<std::string> vertexFarFrom(const std::vector<Polygon>& polygons, const Bounds& box,
                                         double limit) {
    for (size_t p = 0; p < polygons.size(); ++p) {
        const Polygon& polygon = polygons[p];
        for (size_t r = 0; r <= polygon.holes.size(); ++r) {
            const Ring& ring = r == 0 ? polygon.outer : polygon.holes[r - 1];
            for (size_t v = 0; v < ring.size(); ++v) {
                const double distance = distanceTo(box, ring[v]);
                if (distance <= limit) continue;
                return "polygon " + std::to_string(p) + ", ring " + std::to_string(r) +
                       (r == 0 ? " (the outer one)" : " (a hole)") + ", vertex " + std::to_string(v) +
                       " is (" + number(ring[v].x) + ", " + number(ring[v].y) + "), " + kilometres(distance) +
                       " km from every other unit, which all lie within x " + number(box.minX) + "–" +
                       number(box.maxX) + ", y " + number(box.minY) + "–" + number(box.maxY) +
                       "; a mistyped coordinate? (a vertex may lie at most " + number(kOutlierExtents) +
                       " times the others' extent from them)";
            }
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<std::string> farOutlierVertex(const std::vector<RawFeature>& features) {
    const size_t n = features.size();
    if (n < 3) return std::nullopt;
    // The box of all features but i, for every i, from prefix and suffix unions: linear in the features.
    std::vector<Bounds> own(n), before(n + 1, Bounds::empty()), after(n + 1, Bounds::empty());
    for (size_t i = 0; i < n; ++i) own[i] = boundsOf(features[i].polygons);
    for (size_t i = 0; i < n; ++i) {
        before[i + 1] = before[i];
        before[i + 1].expand(own[i]);
    }
    for (size_t i = n; i-- > 0;) {
        after[i] = after[i + 1];
        after[i].expand(own[i]);
    }
    for (size_t i = 0; i < n; ++i) {
        Bounds others = before[i];
        others.expand(after[i + 1]);
        if (others.isEmpty()) continue;
        const double extent = std::max(others.width(), others.height());
        if (extent <= 0) continue;
        // Only a unit that reaches out of the others' box can have a far vertex: most are skipped here.
        if (distanceTo(others, {own[i].minX, own[i].minY}) <= kOutlierExtents * extent &&
            distanceTo(others, {own[i].maxX, own[i].maxY}) <= kOutlierExtents * extent &&
            distanceTo(others, {own[i].minX, own[i].maxY}) <= kOutlierExtents * extent &&
            distanceTo(others, {own[i].maxX, own[i].minY}) <= kOutlierExtents * extent)
            continue;
        if (auto far = vertexFarFrom(features[i].polygons, others, kOutlierExtents * extent)) {
            const RawFeature& f = features[i];
            return "feature " + std::to_string(f.fid) + " (" + (f.name.empty() ? f.code : f.name) +
                   ", code " + f.code + "): " + *far;
        }
    }
    return std::nullopt;
}

} // namespace geodata::detail
