#include "geodata/geometry.hpp"

#include <bit>
#include <cmath>
#include <limits>
#include <unordered_map>

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

namespace {

constexpr std::size_t kSmallCorners = std::size_t{1} << 16; // as many as 16-bit indices can name

// A point's exact bits: the soup's points come back bit for bit (-0.0 stays -0.0).
struct PointBits {
    std::uint64_t x = 0, y = 0;
    friend bool operator==(const PointBits&, const PointBits&) = default;
};
struct PointBitsHash {
    std::size_t operator()(const PointBits& p) const {
        std::uint64_t h = p.x * 0x9e3779b97f4a7c15ULL ^ p.y;
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdULL;
        h ^= h >> 33;
        return static_cast<std::size_t>(h);
    }
};

} // namespace

TriangleList TriangleList::fromSoup(const std::vector<Point>& soup) {
    std::vector<Point> corners;
    std::vector<std::uint32_t> indices;
    indices.reserve(soup.size());
    std::unordered_map<PointBits, std::uint32_t, PointBitsHash> seen;
    for (const Point& p : soup) {
        const PointBits key{std::bit_cast<std::uint64_t>(p.x), std::bit_cast<std::uint64_t>(p.y)};
        const auto [at, added] = seen.try_emplace(key, static_cast<std::uint32_t>(corners.size()));
        if (added) corners.push_back(p);
        indices.push_back(at->second);
    }
    return *fromIndices(std::move(corners), indices);
}

std::optional<TriangleList> TriangleList::fromIndices(std::vector<Point> corners,
                                                      const std::vector<std::uint32_t>& indices) {
    // Renumber the corners in use, in their order, leaving out the rest.
    constexpr std::uint32_t kUnused = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> renumbered(corners.size(), kUnused);
    for (const std::uint32_t i : indices) {
        if (i >= corners.size()) return std::nullopt;
        renumbered[i] = 0;
    }
    std::uint32_t next = 0;
    for (std::size_t i = 0; i < corners.size(); ++i)
        if (renumbered[i] != kUnused) {
            renumbered[i] = next;
            corners[next++] = corners[i];
        }
    corners.resize(next);
    TriangleList list;
    list.m_points = std::move(corners);
    list.m_points.shrink_to_fit();
    if (list.m_points.size() <= kSmallCorners) {
        list.m_small.reserve(indices.size());
        for (const std::uint32_t i : indices)
            list.m_small.push_back(static_cast<std::uint16_t>(renumbered[i]));
    } else {
        list.m_large.reserve(indices.size());
        for (const std::uint32_t i : indices) list.m_large.push_back(renumbered[i]);
    }
    return list;
}

std::optional<TriangleList> TriangleList::fromStorage(std::vector<Point> corners,
                                                      std::vector<std::uint16_t> small,
                                                      std::vector<std::uint32_t> large) {
    // Exactly one kind of index, the one the number of corners calls for, each naming a corner.
    const bool fitsSmall = corners.size() <= kSmallCorners;
    if (fitsSmall ? !large.empty() : !small.empty()) return std::nullopt;
    for (const std::uint16_t i : small)
        if (i >= corners.size()) return std::nullopt;
    for (const std::uint32_t i : large)
        if (i >= corners.size()) return std::nullopt;
    TriangleList list;
    list.m_points = std::move(corners);
    list.m_small = std::move(small);
    list.m_large = std::move(large);
    return list;
}

void TriangleList::append(const TriangleList& other) {
    if (other.empty()) return;
    if (empty()) {
        *this = other;
        return;
    }
    const auto offset = static_cast<std::uint32_t>(m_points.size());
    m_points.insert(m_points.end(), other.m_points.begin(), other.m_points.end());
    const std::size_t total = size() + other.size();
    if (m_points.size() <= kSmallCorners) {
        for (const std::uint16_t i : other.m_small) m_small.push_back(static_cast<std::uint16_t>(i + offset));
        return;
    }
    if (!m_small.empty()) { // these corners no longer fit 16 bits
        m_large.assign(m_small.begin(), m_small.end());
        m_small = {};
    }
    m_large.reserve(total);
    for (const std::uint16_t i : other.m_small) m_large.push_back(i + offset);
    for (const std::uint32_t i : other.m_large) m_large.push_back(i + offset);
}

void TriangleList::shrinkToFit() {
    m_points.shrink_to_fit();
    m_small.shrink_to_fit();
    m_large.shrink_to_fit();
}

std::size_t TriangleList::heapBytes() const {
    return m_points.capacity() * sizeof(Point) + m_small.capacity() * sizeof(std::uint16_t) +
           m_large.capacity() * sizeof(std::uint32_t);
}

bool operator==(const TriangleList& a, const TriangleList& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!(a[i] == b[i])) return false;
    return true;
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
