#include "modes/teach/lineage_flow.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>

namespace app {

namespace {

// Land of `versionId` that came from each version valid in `year`, in m².
// `share` is the fraction of versionId's land that ends up in the unit being traced.
void traceBack(const geodata::Dataset& ds, int versionId, int year, double share,
               std::map<int, double>& out) {
    const geodata::UnitVersion& v = ds.units[static_cast<size_t>(versionId)];
    if (v.validIn(year)) {
        out[versionId] += share * v.areaM2;
        return;
    }
    for (const geodata::LineageLink& link : ds.lineage.cameFrom(versionId)) {
        const geodata::UnitVersion& earlier = ds.units[static_cast<size_t>(link.from)];
        if (earlier.areaM2 <= 0) continue;
        // The land `earlier` gave to v is link.overlapM2: carry that share of earlier's area back.
        traceBack(ds, link.from, year, share * link.overlapM2 / earlier.areaM2, out);
    }
}

} // namespace

std::vector<int> flowYears(const geodata::Dataset& dataset, size_t maxColumns) {
    std::vector<std::pair<long, int>> ranked; // (-|count change|, -year)
    for (int year : dataset.changeYears()) {
        if (year <= dataset.firstYear() || year > dataset.lastYear()) continue;
        const long change = static_cast<long>(dataset.unitsValidIn(year).size()) -
                            static_cast<long>(dataset.unitsValidIn(year - 1).size());
        ranked.emplace_back(-std::labs(change), -year);
    }
    std::sort(ranked.begin(), ranked.end());
    std::vector<int> years{dataset.firstYear()};
    for (size_t i = 0; i < ranked.size() && years.size() < maxColumns; ++i)
        years.push_back(-ranked[i].second);
    std::sort(years.begin(), years.end());
    return years;
}

FlowDiagram buildFlowDiagram(const geodata::Dataset& dataset, const std::vector<int>& years) {
    FlowDiagram diagram;
    for (int year : years) {
        FlowColumn column{year, {}};
        for (const geodata::UnitVersion* u : dataset.unitsValidIn(year)) column.units.push_back(u->id);
        diagram.columns.push_back(std::move(column));
    }
    for (size_t c = 0; c + 1 < diagram.columns.size(); ++c) {
        std::vector<Flow> flows;
        for (int to : diagram.columns[c + 1].units) {
            std::map<int, double> sources;
            traceBack(dataset, to, diagram.columns[c].year, 1.0, sources);
            for (const auto& [from, area] : sources) flows.push_back({from, to, area});
        }
        diagram.flows.push_back(std::move(flows));
    }
    // Order each column by where its land goes (barycentre of the next column's order, first column
    // by position north to south), so that bands cross as little as possible.
    auto& first = diagram.columns.front().units;
    std::sort(first.begin(), first.end(), [&](int a, int b) {
        return dataset.units[static_cast<size_t>(a)].labelAnchor.y >
               dataset.units[static_cast<size_t>(b)].labelAnchor.y;
    });
    for (size_t c = 1; c < diagram.columns.size(); ++c) {
        std::map<int, size_t> rank;
        for (size_t i = 0; i < diagram.columns[c - 1].units.size(); ++i)
            rank[diagram.columns[c - 1].units[i]] = i;
        std::map<int, std::pair<double, double>> weighted; // to → (Σ rank·area, Σ area)
        for (const Flow& f : diagram.flows[c - 1]) {
            weighted[f.to].first += static_cast<double>(rank[f.from]) * f.areaM2;
            weighted[f.to].second += f.areaM2;
        }
        auto centre = [&](int id) {
            const auto& w = weighted[id];
            return w.second > 0 ? w.first / w.second : 1e9;
        };
        auto& units = diagram.columns[c].units;
        std::stable_sort(units.begin(), units.end(), [&](int a, int b) { return centre(a) < centre(b); });
    }
    return diagram;
}

} // namespace app
