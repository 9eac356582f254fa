#pragma once
// The two indexes label placement asks thousands of times per layout. LandMask: where the units lie on
// screen, as a coarse raster with summed-area tables, so the share of land under any box (and the
// number of anchors in it) costs four reads. Collisions: what is placed already (names, overlays,
// leader lines), in a uniform grid, so a test looks only at its neighbourhood.
#include "geodata/geometry.hpp"
#include "render/camera.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/System/Vector2.hpp>
#include <vector>

namespace render::labels {

class LandMask {
  public:
    /// A raster of `size` pixels in square cells of `cell` pixels.
    LandMask(sf::Vector2f size, float cell);
    /// Adds a unit's rings. Units do not overlap, so the even-odd rule over all rings of all units
    /// gives their union: a border two neighbours share is crossed twice and cancels.
    void addUnit(const std::vector<geodata::Polygon>& polygons, const Camera& camera);
    void addAnchor(sf::Vector2f p);
    /// Call once after the last add, before any query.
    void finish();
    /// Share of the box's cells whose centre lies in some unit, 0–1 (cells outside the frame: none).
    [[nodiscard]] float landShare(const sf::FloatRect& box) const;
    /// Anchors added in the box's cells.
    [[nodiscard]] int anchorsIn(const sf::FloatRect& box) const;

  private:
    void addRing(const geodata::Ring& ring, const Camera& camera);
    [[nodiscard]] int sum(const std::vector<int>& table, const sf::FloatRect& box, int& cells) const;

    float m_cell;
    int m_columns, m_rows;
    std::vector<std::vector<float>> m_crossings; // per row: x where a ring edge crosses its centre line
    std::vector<int> m_land, m_anchors;          // summed-area tables, (columns + 1) × (rows + 1)
};

class Collisions {
  public:
    Collisions(sf::Vector2f size, float cell);
    void addBox(const sf::FloatRect& box);
    void addLine(sf::Vector2f a, sf::Vector2f b);
    /// The box overlaps no box and no line added (touching is not overlapping).
    [[nodiscard]] bool boxFree(const sf::FloatRect& box) const;
    /// The line crosses no box added.
    [[nodiscard]] bool lineFree(sf::Vector2f a, sf::Vector2f b) const;
    /// The line crosses a line added.
    [[nodiscard]] bool crossesLine(sf::Vector2f a, sf::Vector2f b) const;

  private:
    struct Line {
        sf::Vector2f a, b;
    };
    template <typename Visit> void forCells(const sf::FloatRect& area, Visit visit) const;

    float m_cell;
    int m_columns, m_rows;
    std::vector<sf::FloatRect> m_boxes;
    std::vector<Line> m_lines;
    std::vector<std::vector<int>> m_grid; // per cell: box index, or -1 - line index
};

} // namespace render::labels
