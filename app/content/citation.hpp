#pragma once
// Sources as the audience reads them: short, in the chosen language, never a raw address. The data
// gives sources as written by a curator ("https://sv.wikipedia.org/… | Riksarkivet, … (boundary data)");
// the catalogue's citation.match.<needle> keys turn each part into a name ("Wikipedia", "SCB" /
// "Statistics Sweden"), so a new source needs a catalogue line, not code. The full addresses are for
// the "About this map" panel (sourceParts).
#include "content/i18n.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace app {

/// The parts of a " | "-separated source list, trimmed, empty parts left out.
[[nodiscard]] std::vector<std::string> sourceParts(std::string_view sources);

/// "https://www.scb.se/x" → "scb.se"; empty when `part` is not an address.
[[nodiscard]] std::string hostOf(std::string_view part);

/// The catalogue's name for one source part: the citation.match.<needle> whose needle occurs in it
/// (ignoring case; the longest needle wins), in the chosen language; nullopt when none matches.
[[nodiscard]] std::optional<std::string> knownCitation(std::string_view part, const Strings& text);

/// One part as shown: the catalogue's name, else the text as given with every address cut to its host.
[[nodiscard]] std::string citeOne(std::string_view part, const Strings& text);

/// A source list as a short citation: each part cited (citeOne), repeats dropped, joined with ", ";
/// after `maxNames` names the rest is "m.fl." / "and others" (citation.more). "" for no source.
[[nodiscard]] std::string shortCitation(std::string_view sources, const Strings& text, size_t maxNames = 3);

/// A dataset's one attribution string for the map's corner in the chosen language: a leading
/// "Källa:"/"Source:" is dropped, a trailing "(licence)" kept, the rest cited as above, and the whole
/// worded with common.source: "Källa: Riksarkivet, Historiska GIS-kartor (CC0)" reads
/// "Source: Swedish National Archives, Historical GIS maps (CC0)" in English.
[[nodiscard]] std::string attributionText(std::string_view attribution, const Strings& text);

} // namespace app
