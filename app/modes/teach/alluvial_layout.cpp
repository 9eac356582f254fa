#include "modes/teach/alluvial_layout.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace app {

namespace {

constexpr float kLaneToPort = 6;   // between the names and the thin bar the bands leave from
constexpr float kBarGap = 3;       // between two units' stretches of a bar
constexpr float kYearRowGap = 6;   // under the years at the top
constexpr float kLevelSlack = 1.5; // a name this close to its stretch of the bar still reads as level

float laneWidth(const FlowColumn& column, const geodata::Dataset& dataset, const MeasureText& measure) {
    float width = 0;
    for (int id : column.units)
        width = std::max(width, std::ceil(measure(dataset.units[static_cast<size_t>(id)].name).x));
    return std::max(width, std::ceil(measure(std::to_string(column.year)).x));
}

// Everything across but the bands' room.
float fixedWidth(const FlowDiagram& d, const geodata::Dataset& dataset, const MeasureText& measure,
                 const AlluvialStyle& style) {
    float width = 2 * style.padding;
    for (size_t c = 0; c < d.columns.size(); ++c) {
        width += style.barWidth + style.leaderRoom + laneWidth(d.columns[c], dataset, measure);
        if (c + 1 < d.columns.size()) width += kLaneToPort + style.portWidth;
    }
    return width;
}

// Tops of `ideal.size()` names `height` tall, each as near its wanted centre as it can be, in order, kept
// apart and within [lo, hi]. False when they do not all fit.
bool stack(const std::vector<float>& ideal, float height, float lo, float hi, std::vector<float>& tops) {
    const size_t n = ideal.size();
    tops.assign(n, 0);
    if (static_cast<float>(n) * height > hi - lo + 0.01F) return false;
    for (size_t i = 0; i < n; ++i) {
        const float earliest = i == 0 ? lo : tops[i - 1] + height;
        tops[i] = std::max(std::round(ideal[i] - height / 2), earliest);
    }
    for (size_t i = n; i-- > 0;) { // what runs past the bottom is pushed back up
        const float latest = (i + 1 == n ? hi : tops[i + 1]) - height;
        tops[i] = std::min(tops[i], std::floor(latest));
    }
    return true;
}

void placeColumnLabels(const FlowColumn& column, ChartColumn& laid, const geodata::Dataset& dataset,
                       const MeasureText& measure, float height, float lo, float hi, size_t index,
                       const AlluvialStyle& style, AlluvialLayout& out) {
    // Units in the column's order, top to bottom; when not all names fit, the smallest units lose theirs.
    std::vector<int> named = column.units;
    while (!named.empty() && static_cast<float>(named.size()) * height > hi - lo + 0.01F) {
        const auto smallest = std::min_element(named.begin(), named.end(), [&](int a, int b) {
            return dataset.units[static_cast<size_t>(a)].areaM2 <
                   dataset.units[static_cast<size_t>(b)].areaM2;
        });
        named.erase(smallest);
        ++out.unnamed;
    }
    std::vector<float> ideal;
    for (int id : named) ideal.push_back((laid.slots[id].top + laid.slots[id].bottom) / 2);
    std::vector<float> tops;
    if (!stack(ideal, height, lo, hi, tops)) return;
    for (size_t i = 0; i < named.size(); ++i) {
        const geodata::UnitVersion& unit = dataset.units[static_cast<size_t>(named[i])];
        const ChartSlot& slot = laid.slots[named[i]];
        ChartLabel label;
        label.unit = unit.id;
        label.column = index;
        label.text = unit.name;
        label.box = {laid.laneLeft, tops[i], std::ceil(measure(unit.name).x), height};
        label.level = tops[i] >= slot.top - kLevelSlack && tops[i] + height <= slot.bottom + kLevelSlack;
        label.leaderFrom = {laid.barLeft + style.barWidth, ideal[i]};
        label.leaderTo = {laid.laneLeft - 3, tops[i] + height / 2};
        out.labels.push_back(std::move(label));
    }
}

} // namespace

float alluvialWidth(const FlowDiagram& diagram, const geodata::Dataset& dataset, const MeasureText& measure,
                    const AlluvialStyle& style) {
    if (diagram.columns.empty()) return 0;
    return fixedWidth(diagram, dataset, measure, style) +
           static_cast<float>(diagram.columns.size() - 1) * style.minBandGap;
}

AlluvialLayout layoutAlluvial(const std::vector<FlowDiagram>& diagrams, const geodata::Dataset& dataset,
                              sf::FloatRect area, bool alignRight, const MeasureText& measure,
                              float textHeight, const AlluvialStyle& style) {
    AlluvialLayout out;
    out.textHeight = std::ceil(textHeight);
    if (diagrams.empty()) return out;
    // The most columns whose names fit across; the fewest when none does.
    out.diagram = 0;
    for (size_t i = diagrams.size(); i-- > 0;)
        if (diagrams[i].columns.size() >= 2 &&
            alluvialWidth(diagrams[i], dataset, measure, style) <= area.width) {
            out.diagram = i;
            break;
        }
    const FlowDiagram& d = diagrams[out.diagram];
    if (d.columns.size() < 2) return out;
    const float fixed = fixedWidth(d, dataset, measure, style);
    const auto gaps = static_cast<float>(d.columns.size() - 1);
    const float bandGap =
        std::clamp(std::floor((area.width - fixed) / gaps), style.minBandGap, 3 * style.minBandGap);
    const float width = std::min(area.width, fixed + gaps * bandGap);
    out.box = {alignRight ? area.left + area.width - width : area.left, area.top, width, area.height};

    const float top = out.box.top + style.padding + out.textHeight + kYearRowGap;
    const float bottom = out.box.top + out.box.height - style.padding;
    double maxTotal = 0;
    for (const FlowColumn& c : d.columns)
        maxTotal =
            std::max(maxTotal, std::accumulate(c.units.begin(), c.units.end(), 0.0, [&](double s, int id) {
                         return s + dataset.units[static_cast<size_t>(id)].areaM2;
                     }));
    float x = out.box.left + style.padding;
    for (size_t c = 0; c < d.columns.size(); ++c) {
        const FlowColumn& column = d.columns[c];
        ChartColumn laid;
        laid.year = column.year;
        laid.barLeft = x;
        laid.laneLeft = x + style.barWidth + style.leaderRoom;
        const float lane = laneWidth(column, dataset, measure);
        const bool last = c + 1 == d.columns.size();
        laid.portLeft = last ? laid.barLeft : laid.laneLeft + lane + kLaneToPort;
        x = last ? laid.laneLeft + lane : laid.portLeft + style.portWidth + bandGap;
        const sf::Vector2f yearSize = measure(std::to_string(column.year));
        laid.yearBox = {laid.barLeft, out.box.top + style.padding, std::ceil(yearSize.x), out.textHeight};
        // Each unit as tall as its land; all columns on one scale (the largest column's total).
        const float scale = maxTotal > 0
                                ? (bottom - top - kBarGap * static_cast<float>(column.units.size())) /
                                      static_cast<float>(maxTotal)
                                : 0.0F;
        float y = top;
        for (int id : column.units) {
            const float h =
                std::max(1.5F, static_cast<float>(dataset.units[static_cast<size_t>(id)].areaM2) * scale);
            laid.slots[id] = {y, y + h};
            y += h + kBarGap;
        }
        placeColumnLabels(column, laid, dataset, measure, out.textHeight, top, bottom, c, style, out);
        out.columns.push_back(std::move(laid));
    }
    return out;
}

} // namespace app
