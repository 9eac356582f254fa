#pragma once
// Two different units of the same year may not cover the same land: a duplicated polygon under another
// code made "18 kommuner" in 1952 and was drawn twice, without a word.
#include "geodata/dataset.hpp"

#include <optional>
#include <string>
#include <vector>

namespace geodata {

/// The first pair of versions with different codes, valid in a common year, whose shapes share more than
/// a sliver (kSliverShare of the smaller unit's area), as one error naming both features; nullopt when
/// none do. `fids[i]` is the feature id of `units[i]`. Needs the areas (addGeometry). Candidate pairs come
/// from a sweep over the boxes sorted by x, so a country (thousands of versions) costs far less than all
/// pairs; shared borders are measured without GEOS where they meet only at common vertices.
[[nodiscard]] std::optional<LoadError> checkUnitsDisjoint(const std::string& file,
                                                          const std::vector<UnitVersion>& units,
                                                          const std::vector<long>& fids);

} // namespace geodata
