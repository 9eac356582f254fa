#pragma once
// Plain-language sentences for the boundary changes of a year, derived from the lineage graph:
// "Österhaninge och Västerhaninge bildar Haninge". Used where timeline.json has no text of its own.
// The sentence patterns are the catalogue's change.* texts.
#include "content/i18n.hpp"
#include "geodata/dataset.hpp"

#include <string>
#include <vector>

namespace app {

[[nodiscard]] std::vector<std::string> describeChanges(const geodata::Dataset& dataset, int year,
                                                       const Strings& text);

/// "A", "A och B", "A, B och C" (common.and: "and" in English).
[[nodiscard]] std::string joinNames(const std::vector<std::string>& names, const Strings& text);

/// A caption names at most this many changes and counts the rest: it is read in a few seconds, and a
/// reform in a country-sized dataset changes hundreds of units in one year.
inline constexpr size_t kCaptionChanges = 5;

/// A year's changes as one sentence for a caption: all of them, or the first kCaptionChanges and
/// "och 412 förändringar till" / "and 412 more changes".
[[nodiscard]] std::string changesSentence(const std::vector<std::string>& changes, const Strings& text);

} // namespace app
