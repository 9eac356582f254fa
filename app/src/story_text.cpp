#include "story_text.hpp"

#include "render/population_layer.hpp"

#include <cmath>

namespace app {

namespace {

// The first source of a " | "-separated list, shortened to its host for a URL.
std::string shortSource(const std::string& sources) {
    std::string first = sources.substr(0, sources.find(" | "));
    const auto scheme = first.find("://");
    if (scheme != std::string::npos) {
        first = first.substr(scheme + 3);
        first = first.substr(0, first.find('/'));
        if (first.rfind("www.", 0) == 0) first = first.substr(4);
    }
    return first;
}

} // namespace

std::string groupThousands(double value) { return render::formatThousands(value, " "); }

std::optional<render::Caption> captionFor(const Atlas& atlas, int year, Language language) {
    const bool sv = language == Language::Swedish;
    for (int y = year; y >= year - kCaptionYears; --y) {
        const auto events = atlas.timeline.eventsIn(y);
        const auto derived = describeChanges(atlas.dataset, y, language);
        if (events.empty() && derived.empty()) continue;
        render::Caption caption;
        if (!events.empty()) {
            const geodata::Event& first = *events.front();
            caption.title = pick(first.title, language);
            caption.text = pick(first.text, language);
            caption.meta = std::to_string(y);
            if (!first.source.empty())
                caption.meta += (sv ? " · Källa: " : " · Source: ") + shortSource(first.source);
            const size_t more = events.size() - 1;
            if (more == 1)
                caption.meta += sv ? " · en händelse till samma år" : " · one more event this year";
            if (more > 1)
                caption.meta += " · " + std::to_string(more) +
                                (sv ? " händelser till samma år" : " more events this year");
        } else {
            caption.title = (sv ? "Förändringar " : "Changes in ") + std::to_string(y);
            caption.text = joinNames(derived, language) + ".";
            caption.meta =
                sv ? "Härlett ur gränsdata (Riksarkivet)" : "Derived from the boundary data (Riksarkivet)";
        }
        return caption;
    }
    return std::nullopt;
}

std::string populationLine(const Atlas& atlas, int year, Language language) {
    const bool sv = language == Language::Swedish;
    std::vector<std::string> codes;
    for (const geodata::UnitVersion* u : atlas.dataset.unitsValidIn(year)) codes.push_back(u->code);
    const geodata::RegionTotal total = atlas.population.regionTotal(codes, year);
    if (total.knownCount == 0) return sv ? "Befolkning: ingen uppgift" : "Population: not known";
    const std::string sum = groupThousands(total.knownSum);
    const std::string approx =
        total.interpolatedCount > 0 ? (sv ? " (delvis interpolerat)" : " (partly interpolated)") : "";
    if (total.complete) return (sv ? "Befolkning: " : "Population: ") + sum + approx;
    return (sv ? "minst " : "at least ") + sum + (sv ? " invånare\n" : " inhabitants\n") +
           std::to_string(total.knownCount) + (sv ? " av " : " of ") + std::to_string(total.totalCount) +
           (sv ? " kommuner kända" : " municipalities known") + approx;
}

} // namespace app
