#include "frame/frame_builder.hpp"

#include "content/citation.hpp"
#include "content/story_text.hpp"
#include "render/population_layer.hpp"

namespace app {

FrameBuilder::FrameBuilder(const Atlas& atlas, const Strings& strings, const render::MapRenderer& colours)
    : m_atlas(atlas), m_strings(strings), m_colours(colours) {}

render::SceneSnapshot FrameBuilder::build(const geodata::Moment& moment, const MapChoices& choices,
                                          const ModeFrame& mode, const FrameLook& look) {
    render::SceneSnapshot s;
    s.blank = mode.blank;
    render::MapFrame& map = s.map;
    // A mode's own year (teaching) holds still; otherwise the frame is playback's moment.
    map.year = mode.year.value_or(moment.year);
    s.exactYear = mode.year ? static_cast<double>(*mode.year) : moment.exactYear;
    if (!mode.year) map.transition = moment.transition;
    map.camera = choices.camera;
    map.selectedUnit = choices.selectedUnit;
    map.textScale = look.textScale;
    map.ghostYear = mode.ghostYear;
    map.fills = fills(choices.view, s.exactYear);
    applyMarks(map.fills, mode);

    s.circles = choices.view == MapView::Circles;
    s.legend = choices.view == MapView::Density   ? render::Legend::Density
               : choices.view == MapView::Circles ? render::Legend::Circles
                                                  : render::Legend::None;
    if (s.legend != render::Legend::None || mode.ghostYear) s.legendText = legendText();
    if (mode.ghostYear) { // the key to the magenta lines: which year's borders they are, and which are under
                          // them
        s.legendText.ghostEarlier = m_strings.format("legend.borders_in", {*mode.ghostYear});
        s.legendText.ghostLater = m_strings.format("legend.borders_in", {map.year});
    }
    s.bodies = choices.bodies && mode.bodies;
    s.selectedBody = choices.selectedBody;
    s.bodyAppear = render::bodyAppearAfter(moment.secondsAtStop);
    if (mode.caption)
        s.caption = mode.storyCaption ? mode.storyCaption : derivedCaption(map.year, look.audience);
    s.captionRoom = mode.caption;
    s.covered = coveredBy(look, choices.camera.viewport());
    s.card = card(map.year, look);
    if (mode.sideBySide)
        s.sideBySide = render::SideBySide{mode.sideBySide->first, mode.sideBySide->second,
                                          m_strings.get("overlay.municipalities")};
    return s;
}

std::vector<render::UnitFill> FrameBuilder::fills(MapView view, double year) const {
    switch (view) {
    case MapView::Density:
        return render::densityFills(m_atlas.dataset, m_atlas.population, year);
    case MapView::Circles:
        return render::circleBaseFills(m_atlas.dataset, m_atlas.population, year);
    case MapView::Units:
        break;
    }
    return {};
}

// Quiz marks and a scene's highlights, over the view's own fills.
void FrameBuilder::applyMarks(std::vector<render::UnitFill>& fills, const ModeFrame& mode) const {
    if (mode.marks.empty() && mode.highlightUnits.empty()) return;
    const geodata::Dataset& dataset = m_atlas.dataset;
    if (fills.empty())
        for (const geodata::UnitVersion& u : dataset.units)
            fills.push_back(render::UnitFill{m_colours.fillColour(u.code), false});
    if (!mode.highlightUnits.empty()) {
        // The rest fades two thirds of the way to a pale grey: still readable as a map, clearly behind.
        const sf::Color pale(228, 228, 222);
        for (const geodata::UnitVersion& u : dataset.units) {
            if (mode.highlightUnits.contains(u.code)) continue;
            sf::Color& c = fills[static_cast<size_t>(u.id)].colour;
            c = sf::Color(static_cast<sf::Uint8>((c.r + 2 * pale.r) / 3),
                          static_cast<sf::Uint8>((c.g + 2 * pale.g) / 3),
                          static_cast<sf::Uint8>((c.b + 2 * pale.b) / 3), c.a);
        }
    }
    for (const geodata::UnitVersion& u : dataset.units)
        if (auto it = mode.marks.find(u.code); it != mode.marks.end())
            fills[static_cast<size_t>(u.id)] = render::UnitFill{it->second, false};
}

const std::optional<render::Caption>& FrameBuilder::derivedCaption(int year, Audience audience) {
    const std::tuple<int, Language, Audience> wanted{year, m_strings.language(), audience};
    if (m_captionOf != wanted) {
        m_caption = captionFor(m_atlas, year, m_strings, audience);
        m_captionOf = wanted;
    }
    return m_caption;
}

render::OverlayText FrameBuilder::card(int year, const FrameLook& look) {
    const std::pair<int, Language> wanted{year, m_strings.language()};
    if (m_cardOf != wanted) {
        render::OverlayText& text = m_card;
        text.title = m_atlas.dataset.title;
        text.year = year;
        text.unitCount = m_atlas.dataset.unitsValidIn(year).size();
        text.countLabel = m_strings.get("overlay.municipalities");
        text.detail = m_atlas.population.empty() ? "" : populationLine(m_atlas, year, m_strings);
        // The dataset gives one attribution string; the corner says it in the chosen language.
        text.attribution = attributionText(m_atlas.dataset.attribution, m_strings);
        m_cardOf = wanted;
    }
    render::OverlayText text = m_card;
    text.textScale = look.textScale;
    return text;
}

std::vector<sf::FloatRect> coveredBy(const FrameLook& look, sf::Vector2f size) {
    std::vector<sf::FloatRect> covered = look.covered;
    if (look.topInset > 0) covered.emplace_back(0.0F, 0.0F, size.x, look.topInset);
    if (look.bottomInset > 0) covered.emplace_back(0.0F, size.y - look.bottomInset, size.x, look.bottomInset);
    return covered;
}

render::LegendText FrameBuilder::legendText() const {
    render::LegendText text;
    text.densityTitle = m_strings.get("legend.density_title");
    text.noData = m_strings.get("legend.no_data");
    text.circleTitle = m_strings.get("legend.circle_title");
    text.inhabitants = m_strings.get("legend.inhabitants");
    text.interpolated = m_strings.get("legend.interpolated");
    text.thousands = m_strings.get("format.thousands_separator");
    return text;
}

} // namespace app
