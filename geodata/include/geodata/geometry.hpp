#pragma once
// Plain geometry types of the model. No GDAL, GEOS or SFML type crosses this header:
// the readers convert at the edge so that render and app never see a library type.
#include <compare>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
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

/// A triangle soup: every three points are one triangle. It reads like a std::vector<Point> of the soup
/// (size, [], iteration, ==), but stores each distinct corner once and, per corner of every triangle,
/// its index: 16 bits while there are at most 65 536 corners, else 32. A polygon's triangles reuse
/// each of its vertices about three times, so that is about 22 bytes a triangle instead of 48; at
/// country scale the triangles were two thirds of a loaded dataset (docs/PERFORMANCE.md, part 8).
class TriangleList {
  public:
    class const_iterator {
      public:
        using iterator_category = std::input_iterator_tag; // operator* gives a Point, not a reference
        using iterator_concept = std::random_access_iterator_tag;
        using value_type = Point;
        using difference_type = std::ptrdiff_t;
        using reference = Point;
        using pointer = void;
        const_iterator() = default;
        const_iterator(const TriangleList* list, std::size_t at) : m_list(list), m_at(at) {}
        Point operator*() const { return (*m_list)[m_at]; }
        Point operator[](difference_type n) const { return (*m_list)[m_at + static_cast<std::size_t>(n)]; }
        const_iterator& operator++() { return ++m_at, *this; }
        const_iterator operator++(int) { return {m_list, m_at++}; }
        const_iterator& operator--() { return --m_at, *this; }
        const_iterator operator--(int) { return {m_list, m_at--}; }
        const_iterator& operator+=(difference_type n) { return m_at += static_cast<std::size_t>(n), *this; }
        const_iterator& operator-=(difference_type n) { return m_at -= static_cast<std::size_t>(n), *this; }
        friend const_iterator operator+(const_iterator i, difference_type n) { return i += n; }
        friend const_iterator operator+(difference_type n, const_iterator i) { return i += n; }
        friend const_iterator operator-(const_iterator i, difference_type n) { return i -= n; }
        friend difference_type operator-(const const_iterator& a, const const_iterator& b) {
            return static_cast<difference_type>(a.m_at) - static_cast<difference_type>(b.m_at);
        }
        friend bool operator==(const const_iterator& a, const const_iterator& b) { return a.m_at == b.m_at; }
        friend auto operator<=>(const const_iterator& a, const const_iterator& b) {
            return a.m_at <=> b.m_at;
        }

      private:
        const TriangleList* m_list = nullptr;
        std::size_t m_at = 0;
    };
    using value_type = Point;
    using size_type = std::size_t;
    using iterator = const_iterator;

    TriangleList() = default;
    /// The triangles of `soup` (every three points one triangle), each distinct point stored once.
    [[nodiscard]] static TriangleList fromSoup(const std::vector<Point>& soup);
    /// Triangles whose k-th corner is corners[indices[k]]. Corners no triangle uses are dropped.
    /// nullopt when an index is out of range.
    [[nodiscard]] static std::optional<TriangleList> fromIndices(std::vector<Point> corners,
                                                                 const std::vector<std::uint32_t>& indices);

    /// Corners of triangles, three per triangle (as many as the soup has points).
    [[nodiscard]] std::size_t size() const { return m_small.size() + m_large.size(); }
    [[nodiscard]] bool empty() const { return size() == 0; }
    [[nodiscard]] Point operator[](std::size_t i) const {
        return m_points[m_large.empty() ? m_small[i] : m_large[i]];
    }
    [[nodiscard]] const_iterator begin() const { return {this, 0}; }
    [[nodiscard]] const_iterator end() const { return {this, size()}; }
    /// Appends `other`'s triangles after these (its corners are not merged with these).
    void append(const TriangleList& other);
    /// Gives back what appending reserved beyond the size.
    void shrinkToFit();

    /// The storage, for the dataset cache: the distinct corners and one index per triangle corner,
    /// in `smallIndices` while there are at most 65 536 corners, else in `largeIndices`.
    [[nodiscard]] const std::vector<Point>& corners() const { return m_points; }
    [[nodiscard]] const std::vector<std::uint16_t>& smallIndices() const { return m_small; }
    [[nodiscard]] const std::vector<std::uint32_t>& largeIndices() const { return m_large; }
    /// Back from that storage; nullopt when it could not have come from a TriangleList.
    [[nodiscard]] static std::optional<TriangleList> fromStorage(std::vector<Point> corners,
                                                                 std::vector<std::uint16_t> small,
                                                                 std::vector<std::uint32_t> large);
    /// Bytes of heap this list holds (capacities, not sizes).
    [[nodiscard]] std::size_t heapBytes() const;

    /// The same triangles, corner for corner (however they are stored).
    friend bool operator==(const TriangleList& a, const TriangleList& b);

  private:
    std::vector<Point> m_points;        // distinct corners (as the triangles use them)
    std::vector<std::uint16_t> m_small; // while m_points.size() <= kSmallCorners
    std::vector<std::uint32_t> m_large; // otherwise
};

[[nodiscard]] double ringArea(const Ring& ring); // unsigned, shoelace
/// Twice the ring's area, positive when it runs counter-clockwise (y up): its orientation and size at once.
[[nodiscard]] double signedTwiceRingArea(const Ring& ring);
[[nodiscard]] double polygonArea(const Polygon& polygon);
[[nodiscard]] double trianglesArea(const TriangleList& triangles);
[[nodiscard]] bool ringContains(const Ring& ring, Point p); // even-odd rule
[[nodiscard]] bool polygonContains(const Polygon& polygon, Point p);
[[nodiscard]] Bounds boundsOf(const std::vector<Polygon>& polygons);

} // namespace geodata
