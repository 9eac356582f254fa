#include "content/story_text.hpp"

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

std::string groupThousands(double value, const Strings& text) {
    return render::formatThousands(value, text.get("format.thousands_separator"));
}

std::optional<render::Caption> captionFor(const Atlas& atlas, int year, const Strings& text) {
    const Language language = text.language();
    for (int y = year; y >= year - kCaptionYears; --y) {
        const auto events = atlas.timeline.eventsIn(y);
        const auto derived = describeChanges(atlas.dataset, y, text);
        if (events.empty() && derived.empty()) continue;
        render::Caption caption;
        if (!events.empty()) {
            const geodata::Event& first = *events.front();
            caption.title = pick(first.title, language);
            caption.text = pick(first.text, language);
            caption.meta = std::to_string(y);
            if (!first.source.empty())
                caption.meta += " · " + text.format("common.source", {shortSource(first.source)});
            const size_t more = events.size() - 1;
            if (more == 1) caption.meta += " · " + text.get("caption.one_more_event");
            if (more > 1) caption.meta += " · " + text.format("caption.more_events", {more});
        } else {
            caption.title = text.format("caption.changes_in", {y});
            caption.text = changesSentence(derived, text);
            caption.meta = text.get("caption.derived");
        }
        return caption;
    }
    return std::nullopt;
}

std::string populationLine(const Atlas& atlas, int year, const Strings& text) {
    std::vector<std::string> codes;
    for (const geodata::UnitVersion* u : atlas.dataset.unitsValidIn(year)) codes.push_back(u->code);
    const geodata::RegionTotal total = atlas.population.regionTotal(codes, year);
    if (total.knownCount == 0) return text.get("population.unknown");
    const std::string sum = groupThousands(total.knownSum, text);
    const std::string approx =
        total.interpolatedCount > 0 ? " " + text.get("population.partly_interpolated") : "";
    if (total.complete) return text.format("population.total", {sum}) + approx;
    return text.format("population.at_least", {sum}) + "\n" +
           text.format("population.known_of", {total.knownCount, total.totalCount}) + approx;
}

} // namespace app
