#pragma once
// Plain geometry types of the model. No GDAL, GEOS or SFML type crosses this header:
// the readers convert at the edge so that render and app never see a library type.
#include <vector>

namespace geodata {

struct Point {
    double x = 0.0;
    double y = 0.0;
    friend bool operator==(const Point&, const Point&) = default;
};

using Ring = std::vector<Point>;

struct Polygon {
    Ring outer;
    std::vector<Ring> holes;
    friend bool operator==(const Polygon&, const Polygon&) = default;
};

struct Bounds {
    double minX = 0.0, minY = 0.0, maxX = 0.0, maxY = 0.0;

    [[nodiscard]] bool contains(Point p) const {
        return p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY;
    }
    [[nodiscard]] bool intersects(const Bounds& o) const {
        return minX <= o.maxX && o.minX <= maxX && minY <= o.maxY && o.minY <= maxY;
    }
    [[nodiscard]] double width() const { return maxX - minX; }
    [[nodiscard]] double height() const { return maxY - minY; }
    [[nodiscard]] Point center() const { return {(minX + maxX) / 2, (minY + maxY) / 2}; }
    void expand(Point p);
    void expand(const Bounds& b);
    [[nodiscard]] static Bounds empty();
    [[nodiscard]] bool isEmpty() const { return minX > maxX; }
    /// Area of the overlap of two bounds (0 when disjoint): an upper bound for any shape overlap.
    [[nodiscard]] double overlapArea(const Bounds& o) const;
    friend bool operator==(const Bounds&, const Bounds&) = default;
};

/// A triangle soup: every three points are one triangle.
using TriangleList = std::vector<Point>;

[[nodiscard]] double ringArea(const Ring& ring); // unsigned, shoelace
/// Twice the ring's area, positive when it runs counter-clockwise (y up): its orientation and size at once.
[[nodiscard]] double signedTwiceRingArea(const Ring& ring);
[[nodiscard]] double polygonArea(const Polygon& polygon);
[[nodiscard]] double trianglesArea(const TriangleList& triangles);
[[nodiscard]] bool ringContains(const Ring& ring, Point p); // even-odd rule
[[nodiscard]] bool polygonContains(const Polygon& polygon, Point p);
[[nodiscard]] Bounds boundsOf(const std::vector<Polygon>& polygons);

} // namespace geodata
