#pragma once
// One mistyped vertex (x = 9e7 m: a digit too many, yet inside the 100 000 km sanity limit) stretched the
// data's extent a thousandfold; the camera fitted that extent and the map was blank in every year, and a
// running kiosk accepted it on reload. Each unit's vertices are checked against the extent of all the
// other units: a vertex farther from that box than twice its size is an error naming the feature and the
// vertex. Relative sizes only, so it holds for a few parishes and a whole country alike; a far island
// group with several units, or one unit a little outside the others, is no outlier.
#include "gdal_reader.hpp"

#include <optional>
#include <string>
#include <vector>

namespace geodata::detail {

/// How far, in multiples of the other units' extent (its longer side), a vertex may lie from their box.
inline constexpr double kOutlierExtents = 2.0;

/// The first vertex of `features` that lies far from every other feature, described ("feature 12 (Huddinge,
/// code 0126): polygon 0, ring 0 (the outer one), vertex 57 is (9e+07, 6.58e+06), 89 330 km from every
/// other unit, which all lie within …"), or nullopt. Needs at least three features (two others to judge by).
[[nodiscard]] std::optional<std::string> farOutlierVertex(const std::vector<RawFeature>& features);

} // namespace geodata::detail
