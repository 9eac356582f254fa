#pragma once
// The flow of territory between chosen years, for the alluvial lineage diagram:
// which units of year A became which units of year B, and how much land went each way.
#include "geodata/dataset.hpp"

#include <vector>

namespace app {

struct Flow {
    int from = 0; // UnitVersion id valid in the earlier column's year
    int to = 0;   // UnitVersion id valid in the later column's year
    double areaM2 = 0.0;
};

struct FlowColumn {
    int year = 0;
    std::vector<int> units; // UnitVersion ids valid in `year`, ordered for few crossings
};

struct FlowDiagram {
    std::vector<FlowColumn> columns;
    std::vector<std::vector<Flow>> flows; // flows[i] between columns[i] and columns[i + 1]
};

/// The first year plus the `maxColumns - 1` change years that change the number of units most
/// (later years first on ties): for Södertörn 1900, 1952, 1971, 1974, 1983, 1999.
[[nodiscard]] std::vector<int> flowYears(const geodata::Dataset& dataset, size_t maxColumns = 6);

/// Traces every unit of each later column back through the lineage graph to the earlier
/// column, sharing land by overlap at each step.
[[nodiscard]] FlowDiagram buildFlowDiagram(const geodata::Dataset& dataset, const std::vector<int>& years);

} // namespace app
