#include "content/story_text.hpp"

#include "content/citation.hpp"
#include "render/population_layer.hpp"

#include <cmath>

namespace app {

std::string groupThousands(double value, const Strings& text) {
    return render::formatThousands(value, text.get("format.thousands_separator"));
}

std::optional<render::Caption> captionFor(const Atlas& atlas, int year, const Strings& text,
                                          Audience audience) {
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
            if (const std::string note = pick(first.note, language);
                audience == Audience::Scholar && !note.empty())
                caption.text += " " + note;
            caption.meta = std::to_string(y);
            if (!first.source.empty())
                caption.meta +=
                    " · " + text.format("common.source", {shortCitation(first.source, atlas.sources, text)});
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
    // A sum over some of the units would read as the region's population; only a sum over all of them
    // is shown, and marked when part of it is interpolated.
    if (!total.complete || total.totalCount == 0) return text.get("population.unknown");
    const std::string sum = groupThousands(total.knownSum, text);
    if (total.interpolatedCount > 0) return text.format("population.total_approx", {sum});
    return text.format("population.total", {sum});
}

} // namespace app
