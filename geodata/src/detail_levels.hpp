#pragma once
// Coarser copies of the map for drawing it zoomed out (Dataset::levels).
#include "geodata/dataset.hpp"

#include <vector>

namespace geodata {

/// The tolerances tried, in map units: 1, 3 and 9 screen pixels when the map's larger side spans
/// 2000 pixels (about a 1080p screen's width), so that fitted to a window the first level is
/// already within a pixel and the coarser ones take over as the map is zoomed out.
[[nodiscard]] std::vector<double> detailTolerances(const Bounds& bounds);

/// Simplifies the units (all versions together, so every border is simplified alike in every
/// year) and the context, and triangulates the result. A level that would keep more than
/// kLevelKeepShare of the previous level's vertices is left out: it would cost memory, not save time.
[[nodiscard]] std::vector<DetailLevel> buildDetailLevels(const Dataset& dataset);

inline constexpr double kLevelKeepShare = 0.8;

} // namespace geodata
