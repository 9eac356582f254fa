#pragma once
// What the map says in words for a year: the caption of the current event and the population
// line. Every number comes from the data; unknown stays unknown.
#include "content/atlas.hpp"
#include "content/audience.hpp"
#include "content/change_text.hpp"
#include "render/caption.hpp"

#include <optional>
#include <string>

namespace app {

/// A caption stays up this many years after its event while playing, so it can be read.
inline constexpr int kCaptionYears = 3;

/// The caption for `year`: the latest events at most kCaptionYears before it, from timeline.json,
/// or, for a change year the JSON does not describe, sentences derived from the lineage. The scholarly
/// audience also reads the event's note on its sources after its text.
[[nodiscard]] std::optional<render::Caption> captionFor(const Atlas& atlas, int year, const Strings& text,
                                                        Audience audience = Audience::Scholar);

/// The region's population when every unit valid in `year` has a figure: "Folkmängd: 390 105", or
/// "Folkmängd: ca 402 000 (delvis interpolerat)" when some are interpolated; otherwise
/// "Folkmängd: uppgift saknas" — never a partial sum, never a guess.
[[nodiscard]] std::string populationLine(const Atlas& atlas, int year, const Strings& text);

/// 61000 → "61 000" in Swedish, "61,000" in English (the catalogue's format.thousands_separator).
[[nodiscard]] std::string groupThousands(double value, const Strings& text);

} // namespace app
