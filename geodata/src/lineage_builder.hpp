#pragma once
#include "geodata/dataset.hpp"
#include "geos_context.hpp"

namespace geodata {

/// Share of the smaller of two areas below which an overlap counts as a digitising sliver.
inline constexpr double kSliverShare = 0.01;

/// Links every version that starts in year Y to the versions that end in Y-1 and that it overlaps
/// by more than a sliver: that is where its territory came from.
[[nodiscard]] Lineage buildLineage(const std::vector<UnitVersion>& units);

/// Code pairs whose versions, valid in a common year, lie closer than `tolerance` map units
/// (versions that share a vertex touch; the others are measured).
[[nodiscard]] std::vector<std::pair<std::string, std::string>>
findNeighbours(const std::vector<UnitVersion>& units, double tolerance);

} // namespace geodata
