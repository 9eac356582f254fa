#pragma once
// Two different units of the same year may not cover the same land: a duplicated polygon under another
// code made "18 kommuner" in 1952 and was drawn twice, without a word.
#include "geodata/dataset.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace geodata {

/// What the check did, for the tests and the benchmark.
struct OverlapCheckCounts {
    size_t candidates = 0; // pairs of one year whose boxes share more than a sliver
    size_t measured = 0;   // of those, pairs not cleared as only touching, whose shared area was measured
};

/// The first pair of versions with different codes, valid in a common year, whose shapes share more than
/// a sliver (kSliverShare of the smaller unit's area), as one error naming both features; nullopt when
/// none do. `fids[i]` is the feature id of `units[i]`. Needs the areas (addGeometry). Candidate pairs come
/// from a sweep over the boxes sorted by x, so a country (thousands of versions) costs far less than all
/// pairs. A candidate whose borders only touch (interiorsCannotMeet: the common case, two neighbours) is
/// cleared without measuring; the others' shared area is measured without GEOS where the borders meet
/// only at common vertices, else with GEOS. `counts`, if given, receives how many pairs were which.
[[nodiscard]] std::optional<LoadError> checkUnitsDisjoint(const std::string& file,
                                                          const std::vector<UnitVersion>& units,
                                                          const std::vector<long>& fids,
                                                          OverlapCheckCounts* counts = nullptr);

} // namespace geodata
