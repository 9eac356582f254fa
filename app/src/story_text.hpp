#pragma once
// What the map says in words for a year: the caption of the current event and the population
// line. Every number comes from the data; unknown stays unknown.
#include "atlas.hpp"
#include "change_text.hpp"
#include "render/caption.hpp"

#include <optional>
#include <string>

namespace app {

/// A caption stays up this many years after its event while playing, so it can be read.
inline constexpr int kCaptionYears = 3;

/// The caption for `year`: the latest events at most kCaptionYears before it, from timeline.json,
/// or, for a change year the JSON does not describe, sentences derived from the lineage.
[[nodiscard]] std::optional<render::Caption> captionFor(const Atlas& atlas, int year, Language language);

/// "Befolkning: 390 105", "minst 61 000 invånare\n3 av 17 kommuner kända" (two lines),
/// or "Befolkning okänd" — never a guess.
[[nodiscard]] std::string populationLine(const Atlas& atlas, int year, Language language);

/// 61000 → "61 000" (Swedish and SI style: groups of three).
[[nodiscard]] std::string groupThousands(double value);

} // namespace app
