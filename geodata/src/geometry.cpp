#include "geodata/geometry.hpp"

#include <cmath>
#include <limits>

namespace geodata {

Bounds Bounds::empty() {
    constexpr double inf = std::numeric_limits<double>::infinity();
    return {inf, inf, -inf, -inf};
}

void Bounds::expand(Point p) {
    minX = std::min(minX, p.x);
    minY = std::min(minY, p.y);
    maxX = std::max(maxX, p.x);
    maxY = std::max(maxY, p.y);
}

void Bounds::expand(const Bounds& b) {
    if (b.isEmpty()) return;
    expand(Point{b.minX, b.minY});
    expand(Point{b.maxX, b.maxY});
}

double Bounds::overlapArea(const Bounds& o) const {
    const double w = std::min(maxX, o.maxX) - std::max(minX, o.minX);
    const double h = std::min(maxY, o.maxY) - std::max(minY, o.minY);
    return w > 0 && h > 0 ? w * h : 0.0;
}

double signedTwiceRingArea(const Ring& ring) {
    double twice = 0.0;
    for (size_t i = 0, n = ring.size(); i < n; ++i) {
        const Point& a = ring[i];
        const Point& b = ring[(i + 1) % n];
        twice += a.x * b.y - b.x * a.y;
    }
    return twice;
}

double ringArea(const Ring& ring) { return std::abs(signedTwiceRingArea(ring)) / 2.0; }

double polygonArea(const Polygon& polygon) {
    double area = ringArea(polygon.outer);
    for (const Ring& hole : polygon.holes) area -= ringArea(hole);
    return area;
}

double trianglesArea(const TriangleList& triangles) {
    double area = 0.0;
    for (size_t i = 0; i + 2 < triangles.size(); i += 3) {
        const Point& a = triangles[i];
        const Point& b = triangles[i + 1];
        const Point& c = triangles[i + 2];
        area += std::abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2.0;
    }
    return area;
}

bool ringContains(const Ring& ring, Point p) {
    bool inside = false;
    for (size_t i = 0, n = ring.size(), j = n - 1; i < n; j = i++) {
        const Point& a = ring[i];
        const Point& b = ring[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
            inside = !inside;
    }
    return inside;
}

bool polygonContains(const Polygon& polygon, Point p) {
    if (!ringContains(polygon.outer, p)) return false;
    for (const Ring& hole : polygon.holes)
        if (ringContains(hole, p)) return false;
    return true;
}

Bounds boundsOf(const std::vector<Polygon>& polygons) {
    Bounds b = Bounds::empty();
    for (const Polygon& polygon : polygons)
        for (const Point& p : polygon.outer) b.expand(p);
    return b;
}

} // namespace geodata
