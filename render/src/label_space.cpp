#include "label_space.hpp"

#include <algorithm>
#include <cmath>

namespace render::labels {

namespace {

int cellsFor(float pixels, float cell) { return std::max(1, static_cast<int>(std::ceil(pixels / cell))); }

// The first cell whose centre lies at or after `x` (cells of `cell` pixels, centres at (i + 0.5) · cell).
int firstCentreFrom(float x, float cell) { return static_cast<int>(std::ceil(x / cell - 0.5F)); }

bool overlap(const sf::FloatRect& a, const sf::FloatRect& b) {
    return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height &&
           b.top < a.top + a.height;
}

// Liang–Barsky: whether the segment passes through the box's inside (grazing an edge does not count,
// so a leader may end on its own name's box).
bool segmentHitsBox(sf::Vector2f a, sf::Vector2f b, const sf::FloatRect& box) {
    constexpr float kGraze = 0.01F;
    const float minX = box.left + kGraze, maxX = box.left + box.width - kGraze;
    const float minY = box.top + kGraze, maxY = box.top + box.height - kGraze;
    if (minX >= maxX || minY >= maxY) return false;
    const sf::Vector2f d = b - a;
    float t0 = 0.0F, t1 = 1.0F;
    const float p[4] = {-d.x, d.x, -d.y, d.y};
    const float q[4] = {a.x - minX, maxX - a.x, a.y - minY, maxY - a.y};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0F) {
            if (q[i] < 0.0F) return false;
            continue;
        }
        const float t = q[i] / p[i];
        if (p[i] < 0.0F)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1) return false;
    }
    return true;
}

float cross(sf::Vector2f o, sf::Vector2f a, sf::Vector2f b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

// Proper crossing only: lines that meet at an end (two leaders from one anchor) do not cross.
bool segmentsCross(sf::Vector2f a, sf::Vector2f b, sf::Vector2f c, sf::Vector2f d) {
    const float d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

sf::FloatRect boundsOf(sf::Vector2f a, sf::Vector2f b) {
    return {std::min(a.x, b.x), std::min(a.y, b.y), std::abs(b.x - a.x), std::abs(b.y - a.y)};
}

// A summed-area table over a columns × rows grid of counts: (columns + 1) × (rows + 1), zero first row
// and column.
std::vector<int> summed(const std::vector<int>& counts, int columns, int rows) {
    std::vector<int> table(static_cast<size_t>((columns + 1) * (rows + 1)), 0);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c)
            table[static_cast<size_t>((r + 1) * (columns + 1) + c + 1)] =
                counts[static_cast<size_t>(r * columns + c)] +
                table[static_cast<size_t>(r * (columns + 1) + c + 1)] +
                table[static_cast<size_t>((r + 1) * (columns + 1) + c)] -
                table[static_cast<size_t>(r * (columns + 1) + c)];
    return table;
}

} // namespace

LandMask::LandMask(sf::Vector2f size, float cell)
    : m_cell(cell), m_columns(cellsFor(size.x, cell)), m_rows(cellsFor(size.y, cell)),
      m_crossings(static_cast<size_t>(m_rows)), m_anchors(static_cast<size_t>(m_columns * m_rows), 0) {}

void LandMask::addUnit(const std::vector<geodata::Polygon>& polygons, const Camera& camera) {
    for (const geodata::Polygon& polygon : polygons) {
        addRing(polygon.outer, camera);
        for (const geodata::Ring& hole : polygon.holes) addRing(hole, camera);
    }
}

void LandMask::addRing(const geodata::Ring& ring, const Camera& camera) {
    if (ring.size() < 3) return;
    sf::Vector2f previous = camera.toScreen(ring.back());
    for (const geodata::Point& point : ring) {
        const sf::Vector2f current = camera.toScreen(point);
        // The lower end first, so that both neighbours along a shared border compute the same x.
        sf::Vector2f p = previous, q = current;
        previous = current;
        if (p.y > q.y) std::swap(p, q);
        if (p.y == q.y) continue;
        const int first = std::max(0, firstCentreFrom(p.y, m_cell));
        const int end = std::min(m_rows, firstCentreFrom(q.y, m_cell));
        for (int r = first; r < end; ++r) {
            const float y = (static_cast<float>(r) + 0.5F) * m_cell;
            m_crossings[static_cast<size_t>(r)].push_back(p.x + (y - p.y) * (q.x - p.x) / (q.y - p.y));
        }
    }
}

void LandMask::addAnchor(sf::Vector2f p) {
    const int c = static_cast<int>(std::floor(p.x / m_cell)), r = static_cast<int>(std::floor(p.y / m_cell));
    if (c >= 0 && c < m_columns && r >= 0 && r < m_rows) ++m_anchors[static_cast<size_t>(r * m_columns + c)];
}

void LandMask::finish() {
    std::vector<int> land(static_cast<size_t>(m_columns * m_rows), 0);
    for (int r = 0; r < m_rows; ++r) {
        std::vector<float>& xs = m_crossings[static_cast<size_t>(r)];
        std::sort(xs.begin(), xs.end());
        for (size_t i = 0; i + 1 < xs.size(); i += 2) {
            const int first = std::max(0, firstCentreFrom(xs[i], m_cell));
            const int end = std::min(m_columns, firstCentreFrom(xs[i + 1], m_cell));
            for (int c = first; c < end; ++c) land[static_cast<size_t>(r * m_columns + c)] = 1;
        }
    }
    m_crossings = {};
    m_land = summed(land, m_columns, m_rows);
    m_anchors = summed(m_anchors, m_columns, m_rows);
}

int LandMask::sum(const std::vector<int>& table, const sf::FloatRect& box, int& cells) const {
    const int c0 = std::clamp(static_cast<int>(std::floor(box.left / m_cell)), 0, m_columns);
    const int c1 = std::clamp(static_cast<int>(std::ceil((box.left + box.width) / m_cell)), 0, m_columns);
    const int r0 = std::clamp(static_cast<int>(std::floor(box.top / m_cell)), 0, m_rows);
    const int r1 = std::clamp(static_cast<int>(std::ceil((box.top + box.height) / m_cell)), 0, m_rows);
    cells = (c1 - c0) * (r1 - r0);
    if (cells <= 0) return 0;
    const auto at = [&](int r, int c) { return table[static_cast<size_t>(r * (m_columns + 1) + c)]; };
    return at(r1, c1) - at(r0, c1) - at(r1, c0) + at(r0, c0);
}

float LandMask::landShare(const sf::FloatRect& box) const {
    int cells = 0;
    const int land = sum(m_land, box, cells);
    return cells > 0 ? static_cast<float>(land) / static_cast<float>(cells) : 0.0F;
}

int LandMask::anchorsIn(const sf::FloatRect& box) const {
    int cells = 0;
    return sum(m_anchors, box, cells);
}

Collisions::Collisions(sf::Vector2f size, float cell)
    : m_cell(cell), m_columns(cellsFor(size.x, cell)), m_rows(cellsFor(size.y, cell)),
      m_grid(static_cast<size_t>(m_columns * m_rows)) {}

template <typename Visit> void Collisions::forCells(const sf::FloatRect& area, Visit visit) const {
    // Whatever lies outside the frame is kept in the edge cells: tests stay exact, only slower there.
    const int c0 = std::clamp(static_cast<int>(std::floor(area.left / m_cell)), 0, m_columns - 1);
    const int c1 =
        std::clamp(static_cast<int>(std::floor((area.left + area.width) / m_cell)), 0, m_columns - 1);
    const int r0 = std::clamp(static_cast<int>(std::floor(area.top / m_cell)), 0, m_rows - 1);
    const int r1 = std::clamp(static_cast<int>(std::floor((area.top + area.height) / m_cell)), 0, m_rows - 1);
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c)
            if (!visit(static_cast<size_t>(r * m_columns + c))) return;
}

void Collisions::addBox(const sf::FloatRect& box) {
    const int index = static_cast<int>(m_boxes.size());
    m_boxes.push_back(box);
    forCells(box, [&](size_t cell) {
        m_grid[cell].push_back(index);
        return true;
    });
}

void Collisions::addLine(sf::Vector2f a, sf::Vector2f b) {
    const int index = -1 - static_cast<int>(m_lines.size());
    m_lines.push_back({a, b});
    forCells(boundsOf(a, b), [&](size_t cell) {
        m_grid[cell].push_back(index);
        return true;
    });
}

bool Collisions::boxFree(const sf::FloatRect& box) const {
    bool free = true;
    forCells(box, [&](size_t cell) {
        for (const int i : m_grid[cell]) {
            const bool hit = i >= 0 ? overlap(m_boxes[static_cast<size_t>(i)], box)
                                    : segmentHitsBox(m_lines[static_cast<size_t>(-1 - i)].a,
                                                     m_lines[static_cast<size_t>(-1 - i)].b, box);
            if (hit) return free = false;
        }
        return true;
    });
    return free;
}

bool Collisions::lineFree(sf::Vector2f a, sf::Vector2f b) const {
    bool free = true;
    forCells(boundsOf(a, b), [&](size_t cell) {
        for (const int i : m_grid[cell])
            if (i >= 0 && segmentHitsBox(a, b, m_boxes[static_cast<size_t>(i)])) return free = false;
        return true;
    });
    return free;
}

bool Collisions::crossesLine(sf::Vector2f a, sf::Vector2f b) const {
    bool crosses = false;
    forCells(boundsOf(a, b), [&](size_t cell) {
        for (const int i : m_grid[cell]) {
            if (i >= 0) continue;
            const Line& line = m_lines[static_cast<size_t>(-1 - i)];
            if (segmentsCross(a, b, line.a, line.b)) return !(crosses = true);
        }
        return true;
    });
    return crosses;
}

} // namespace render::labels
