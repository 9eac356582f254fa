#pragma once
// Where the family tree's parts go, decided before anything is drawn, so that a class reads every name:
// each column is a bar of its units (as tall as their land), a lane of their names beside it and a thin
// second bar where the bands leave. Every name sits in its column's lane, level with its stretch of the bar
// when there is room, else moved up or down the lane and joined to it by a leader line (the map's callouts
// do the same, render/label_layout.hpp); no two names overlap. The chart shows as many of the reform years
// as its names leave room for across. Pure: the text is measured by the caller's function.
#include "geodata/dataset.hpp"
#include "modes/teach/lineage_flow.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/System/Vector2.hpp>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace app {

/// A stretch of a bar: one unit's land in one column, from `top` to `bottom` in pixels.
struct ChartSlot {
    float top = 0;
    float bottom = 0;
};

struct ChartColumn {
    int year = 0;
    float barLeft = 0;  // the bar of the column's units
    float laneLeft = 0; // where the names begin
    float portLeft = 0; // the thin bar the bands leave from (none in the last column: equal to barLeft)
    sf::FloatRect yearBox;
    std::map<int, ChartSlot> slots; // UnitVersion id → its stretch of the bar
};

struct ChartLabel {
    int unit = -1; // UnitVersion id
    size_t column = 0;
    std::string text;
    sf::FloatRect box;
    bool level = false;                // level with its stretch of the bar: no leader needed
    sf::Vector2f leaderFrom, leaderTo; // from the bar to the name, when it had to move
};

struct AlluvialLayout {
    sf::FloatRect box; // the whole chart, in screen pixels
    float textHeight = 0;
    size_t diagram = 0; // which of the diagrams offered was laid out
    std::vector<ChartColumn> columns;
    std::vector<ChartLabel> labels;
    size_t unnamed = 0; // units that found no room for their name (0 whenever the chart fits)
};

struct AlluvialStyle {
    float barWidth = 14;
    float portWidth = 4;
    float leaderRoom = 18; // between a bar and its names, where leader lines run
    float minBandGap = 48; // the least room the bands between two columns get
    float padding = 10;    // inside the chart's box
};

/// A name's size in pixels.
using MeasureText = std::function<sf::Vector2f(const std::string&)>;

/// The width the chart of `diagram` needs, with its bands at their least.
[[nodiscard]] float alluvialWidth(const FlowDiagram& diagram, const geodata::Dataset& dataset,
                                  const MeasureText& measure, const AlluvialStyle& style = {});

/// Lays out the diagram with the most columns whose chart fits the width of `area` (the first one offered
/// when none does) inside `area`, as wide as it needs with the bands at most three times their least room:
/// at the right of `area` (`alignRight`) or its left. `diagrams` are ordered by the number of columns.
[[nodiscard]] AlluvialLayout layoutAlluvial(const std::vector<FlowDiagram>& diagrams,
                                            const geodata::Dataset& dataset, sf::FloatRect area,
                                            bool alignRight, const MeasureText& measure, float textHeight,
                                            const AlluvialStyle& style = {});

} // namespace app
