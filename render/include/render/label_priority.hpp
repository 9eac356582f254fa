#pragma once
// Which names matter most on a crowded map: the ones dropped last when there is no room for all.
#include "geodata/dataset.hpp"
#include "geodata/population.hpp"

#include <vector>

namespace render {

/// A priority per UnitVersion id (higher = more important): the version's rank by area plus its rank by
/// population (the largest figure known within its years), each scaled to 0–1. A version without a known
/// figure counts its area rank twice, so it is neither pushed down nor up for the gap in the data; with no
/// table (or an empty one) the order is by area alone.
[[nodiscard]] std::vector<double> labelPriorities(const geodata::Dataset& dataset,
                                                  const geodata::PopulationTable* population);

} // namespace render
