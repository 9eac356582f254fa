#pragma once
// Plain-language sentences for the boundary changes of a year, derived from the lineage graph:
// "Österhaninge och Västerhaninge bildar Haninge". Used where timeline.json has no text of its own.
#include "geodata/dataset.hpp"
#include "language.hpp"

#include <string>
#include <vector>

namespace app {

[[nodiscard]] std::vector<std::string> describeChanges(const geodata::Dataset& dataset, int year,
                                                       Language language);

/// "A", "A och B", "A, B och C" (or "and" in English).
[[nodiscard]] std::string joinNames(const std::vector<std::string>& names, Language language);

} // namespace app
