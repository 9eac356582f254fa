#include "map_scene.hpp"

#include "render/caption.hpp"
#include "render/fonts.hpp"
#include "render/population_layer.hpp"
#include "story_text.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>

namespace app {

MapView parseMapView(const std::string& name) {
    if (name == "density") return MapView::Density;
    if (name == "circles") return MapView::Circles;
    return MapView::Units;
}

const char* mapViewName(MapView view) {
    switch (view) {
    case MapView::Density:
        return "density";
    case MapView::Circles:
        return "circles";
    case MapView::Units:
        break;
    }
    return "units";
}

MapScene::MapScene(const Atlas& atlas, const Strings& strings)
    : m_atlas(atlas), m_strings(strings), m_fontsOk(render::loadFont(m_font, render::kSansPath) &&
                                                    render::loadFont(m_bold, render::kSansBoldPath)),
      m_renderer(atlas.dataset, m_fontsOk ? &m_font : nullptr) {}

void MapScene::fitCamera(sf::Vector2f size) { frame.camera = cameraFor(m_atlas.dataset.bounds, size); }

render::Camera MapScene::cameraFor(const geodata::Bounds& bounds, sf::Vector2f size) const {
    // Room for a two-line caption (see render/caption.cpp), so that it covers sea, not land.
    const float captionRoom = caption ? 150.0F * frame.textScale : 0.0F;
    // And room for the year card at the top left (render/overlay.cpp).
    const float cardRoom = overlay ? 110.0F * frame.textScale : 0.0F;
    render::Camera camera = frame.camera;
    camera.fit(bounds, size, 0.03F, frame.bottomInset + captionRoom, cardRoom);
    return camera;
}

// Quiz marks and a scene's highlights, over the view's own fills.
void MapScene::applyMarks() {
    if (quizMarks.empty() && highlightUnits.empty()) return;
    const geodata::Dataset& dataset = m_atlas.dataset;
    if (frame.fills.empty())
        for (const geodata::UnitVersion& u : dataset.units)
            frame.fills.push_back(render::UnitFill{m_renderer.fillColour(u.code), false});
    if (!highlightUnits.empty()) {
        // The rest fades two thirds of the way to a pale grey: still readable as a map, clearly behind.
        const sf::Color pale(228, 228, 222);
        for (const geodata::UnitVersion& u : dataset.units) {
            if (highlightUnits.contains(u.code)) continue;
            sf::Color& c = frame.fills[static_cast<size_t>(u.id)].colour;
            c = sf::Color(static_cast<sf::Uint8>((c.r + 2 * pale.r) / 3),
                          static_cast<sf::Uint8>((c.g + 2 * pale.g) / 3),
                          static_cast<sf::Uint8>((c.b + 2 * pale.b) / 3), c.a);
        }
    }
    for (const geodata::UnitVersion& u : dataset.units)
        if (auto it = quizMarks.find(u.code); it != quizMarks.end())
            frame.fills[static_cast<size_t>(u.id)] = render::UnitFill{it->second, false};
}

void MapScene::draw(sf::RenderTarget& target) {
    const double year = std::max(smoothYear, static_cast<double>(frame.year));
    switch (view) {
    case MapView::Units:
        frame.fills.clear();
        break;
    case MapView::Density:
        frame.fills = render::densityFills(m_atlas.dataset, m_atlas.population, year);
        break;
    case MapView::Circles:
        frame.fills = render::circleBaseFills(m_atlas.dataset, m_atlas.population, year);
        break;
    }
    applyMarks();
    m_renderer.draw(target, frame,
                    {decorationKey(year), [&](sf::RenderTarget& t) { drawDecoration(t, year); }});
}

std::string MapScene::decorationKey(double year) const {
    // Everything drawDecoration reads besides the map, which the renderer signs itself. The caption,
    // year card and legends follow from the year and the language (the atlas and the catalogues are
    // fixed for a scene's life: a data reload builds a new scene).
    std::string key;
    auto add = [&key](const auto& value) {
        key += std::to_string(value);
        key += '|';
    };
    add(frame.year);
    add(static_cast<int>(view));
    add(static_cast<int>(m_strings.language()));
    add(static_cast<int>(m_fontsOk) * 1 + static_cast<int>(bodies) * 2 + static_cast<int>(caption) * 4 +
        static_cast<int>(overlay) * 8);
    add(std::bit_cast<uint32_t>(frame.textScale));
    add(std::bit_cast<uint32_t>(frame.bottomInset));
    if (view == MapView::Circles) add(std::bit_cast<uint64_t>(year)); // circles grow between years
    if (bodies) {
        key += selectedBody.value_or("") + '|';
        add(std::bit_cast<uint32_t>(bodyAppear));
    }
    if (caption && captionText)
        key += captionText->title + '|' + captionText->text + '|' + captionText->meta + '|';
    return key;
}

void MapScene::drawDecoration(sf::RenderTarget& target, double year) {
    if (view == MapView::Circles)
        render::drawPopulationCircles(target, frame, m_atlas.dataset, m_atlas.population, year, {});
    if (!m_fontsOk) return;
    if (bodies) drawBodies(target);
    if (caption) {
        if (const auto& text = captionText ? captionText : derivedCaption())
            render::drawCaption(target, m_font, m_bold, *text, frame.textScale, frame.bottomInset);
    }
    if (!overlay) return;
    render::OverlayText text;
    text.title = m_atlas.dataset.title;
    text.year = frame.year;
    text.unitCount = m_atlas.dataset.unitsValidIn(frame.year).size();
    text.countLabel = m_strings.get("overlay.municipalities");
    if (!m_atlas.population.empty()) text.detail = populationLine(m_atlas, frame.year, m_strings);
    text.attribution = m_atlas.dataset.attribution;
    text.textScale = frame.textScale;
    text.bottomInset = frame.bottomInset;
    const sf::FloatRect card = render::drawOverlay(target, m_font, m_bold, text);
    drawLegend(target, card);
}

const std::optional<render::Caption>& MapScene::derivedCaption() {
    // Worked out from the timeline and the data once per year and language, not every frame.
    const std::pair<int, Language> wanted{frame.year, m_strings.language()};
    if (m_captionOf != wanted) {
        m_caption = captionFor(m_atlas, frame.year, m_strings);
        m_captionOf = wanted;
    }
    return m_caption;
}

void MapScene::drawSideBySide(sf::RenderTarget& target, int leftYear, int rightYear) {
    const sf::Vector2f size(target.getSize());
    target.clear(sf::Color(40, 40, 48));
    const float half = size.x / 2;
    for (int side = 0; side < 2; ++side) {
        render::MapFrame f = frame;
        f.year = side == 0 ? leftYear : rightYear;
        f.transition.reset();
        f.selectedUnit.reset();
        f.area = {side * half + (side == 0 ? 0.0F : 2.0F), 0, half - 2.0F, size.y};
        f.camera.fit(m_atlas.dataset.bounds, {f.area.width, f.area.height}, 0.04F, f.bottomInset + 40.0F,
                     90.0F);
        m_renderer.draw(target, f);
        if (!m_fontsOk) continue;
        render::OverlayText text;
        text.year = f.year;
        text.unitCount = m_atlas.dataset.unitsValidIn(f.year).size();
        text.countLabel = m_strings.get("overlay.municipalities");
        text.textScale = frame.textScale * 0.8F;
        text.area = {f.area.left, f.area.top + 56.0F * frame.textScale, f.area.width,
                     f.area.height}; // below the view bar
        render::drawOverlay(target, m_font, m_bold, text);
    }
}

MapScene::Pick MapScene::pick(sf::Vector2f screen) const {
    Pick result;
    if (bodies) result.body = render::badgeAt(m_badges, screen);
    if (result.body) return result;
    if (const geodata::UnitVersion* u = m_atlas.dataset.unitAt(frame.camera.toWorld(screen), frame.year))
        result.unit = u->id;
    return result;
}

void MapScene::drawBodies(sf::RenderTarget& target) {
    const auto active = m_atlas.timeline.bodiesActiveIn(frame.year);
    const sf::Vector2f size(target.getSize());
    m_badges = render::layoutBadges(active, size, frame.textScale, 16.0F * frame.textScale,
                                    16.0F * frame.textScale, frame.bottomInset);
    // The body founded this year fades in as playback reaches its year.
    std::optional<std::string> appearing;
    for (const geodata::JointBody* body : active)
        if (body->founded == frame.year) appearing = body->id;
    render::drawBodies(target, m_font, frame, m_atlas.dataset, active, frame.year, m_badges, selectedBody,
                       bodyAppear, appearing);
}

void MapScene::drawLegend(sf::RenderTarget& target, sf::FloatRect card) {
    const sf::Vector2f at(card.left + 12.0F * frame.textScale,
                          card.top + card.height + 12.0F * frame.textScale);
    const render::LegendText text{
        m_strings.get("legend.density_title"), m_strings.get("legend.no_data"),
        m_strings.get("legend.circle_title"),  m_strings.get("legend.inhabitants"),
        m_strings.get("legend.interpolated"),  m_strings.get("format.thousands_separator")};
    if (view == MapView::Density) render::drawDensityLegend(target, m_font, at, frame.textScale, text);
    if (view == MapView::Circles)
        render::drawCircleLegend(target, m_font, at, frame.textScale, frame.camera.scale(), {}, text);
}

} // namespace app
