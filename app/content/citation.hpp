#pragma once
// Sources as the audience reads them: short, in the chosen language, never a raw address. A dataset
// with sources.csv names its sources by id ("wikipedia-sodertalje | riksarkivet-gis"): each id is cited
// by its short_sv / short_en. Without sources.csv (and for the one attribution string of dataset.json)
// sources are free text as written by a curator ("https://sv.wikipedia.org/… | Riksarkivet, …"); the
// catalogue's citation.match.<needle> keys turn each part into a name ("Wikipedia", "SCB" / "Statistics
// Sweden"). The full references and addresses are for the "About this map" panel.
#include "content/i18n.hpp"
#include "geodata/sources.hpp"

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

/// One part of a source field as shown: the short text of the source with this id in the chosen
/// language, else (free text, or an id sources.csv lacks) citeOne.
[[nodiscard]] std::string citeSource(std::string_view part, const geodata::SourceTable& sources,
                                     const Strings& text);

/// shortCitation for a field of a dataset with a sources table: ids cited by their short text.
[[nodiscard]] std::string shortCitation(std::string_view field, const geodata::SourceTable& sources,
                                        const Strings& text, size_t maxNames = 3);

/// A dataset's one attribution string for the map's corner in the chosen language: a leading
/// "Källa:"/"Source:" is dropped, a trailing "(licence)" kept, the rest cited as above, and the whole
/// worded with common.source: "Källa: Riksarkivet, Historiska GIS-kartor (CC0)" reads
/// "Source: Swedish National Archives, Historical GIS maps (CC0)" in English.
[[nodiscard]] std::string attributionText(std::string_view attribution, const Strings& text);

} // namespace app
