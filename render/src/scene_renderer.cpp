#include "render/scene_renderer.hpp"

#include "render/fonts.hpp"
#include "render/label_priority.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>

namespace render {

SceneRenderer::SceneRenderer(const geodata::Dataset& dataset, const geodata::Timeline& timeline,
                             const geodata::PopulationTable& population)
    : m_dataset(dataset), m_timeline(timeline), m_population(population),
      m_fontsOk(loadFont(m_font, kSansPath) && loadFont(m_bold, kSansBoldPath)),
      m_map(dataset, m_fontsOk ? &m_font : nullptr) {
    // On a crowded map the big and populous units keep their names.
    m_map.setLabelPriority(labelPriorities(dataset, &population));
}

Camera SceneRenderer::cameraFor(const Camera& current, const geodata::Bounds& bounds, sf::Vector2f size,
                                const FitRoom& room) {
    // Room for a two-line caption (caption.cpp), so that it covers sea, not land, and for the year card at
    // the top left (overlay.cpp).
    const float captionRoom = room.caption ? 150.0F * room.textScale : 0.0F;
    const float cardRoom = room.card ? 110.0F * room.textScale : 0.0F;
    Camera camera = current;
    camera.fit(bounds, size, 0.03F, room.bottomInset + captionRoom, cardRoom);
    return camera;
}

const SceneLayout& SceneRenderer::draw(sf::RenderTarget& target, const SceneSnapshot& s) {
    if (s.blank) {
        target.clear(sf::Color::Black);
        m_other = {};
        m_last = &m_other;
        return *m_last;
    }
    if (s.sideBySide) {
        drawSideBySide(target, s);
        m_last = &m_other;
        return *m_last;
    }
    // The decoration is drawn only when the picture is not copied back whole; then the layout stays as
    // the last such frame's, which had the same key.
    m_map.draw(target, s.map, {decorationKey(s), [&](sf::RenderTarget& t) { drawDecoration(t, s); }});
    m_last = &m_layout;
    return *m_last;
}

std::string SceneRenderer::decorationKey(const SceneSnapshot& s) {
    // Everything drawDecoration reads besides the map, which MapRenderer signs itself.
    std::string key;
    const auto add = [&key](const auto& value) {
        key += std::to_string(value);
        key += '|';
    };
    const auto text = [&key](const std::string& value) { key += value + '|'; };
    add(s.map.year);
    add(static_cast<int>(s.legend) * 2 + static_cast<int>(s.circles));
    add(std::bit_cast<uint32_t>(s.map.textScale));
    add(std::bit_cast<uint32_t>(s.map.bottomInset));
    if (s.circles) add(std::bit_cast<uint64_t>(s.exactYear)); // circles grow between years
    if (s.legend != Legend::None)
        for (const std::string* t :
             {&s.legendText.densityTitle, &s.legendText.noData, &s.legendText.circleTitle,
              &s.legendText.inhabitants, &s.legendText.interpolated, &s.legendText.thousands})
            text(*t);
    add(static_cast<int>(s.bodies));
    if (s.bodies) {
        text(s.selectedBody.value_or(""));
        add(std::bit_cast<uint32_t>(s.bodyAppear));
    }
    if (s.caption) {
        text(s.caption->title);
        text(s.caption->text);
        text(s.caption->meta);
    }
    if (s.card) {
        const OverlayText& c = *s.card;
        for (const std::string* t : {&c.title, &c.countLabel, &c.detail, &c.attribution}) text(*t);
        add(c.year);
        add(c.unitCount);
        add(std::bit_cast<uint32_t>(c.textScale));
        add(std::bit_cast<uint32_t>(c.bottomInset));
    }
    return key;
}

void SceneRenderer::drawDecoration(sf::RenderTarget& target, const SceneSnapshot& s) {
    m_layout = {};
    if (s.circles) drawPopulationCircles(target, s.map, m_dataset, m_population, s.exactYear, {});
    if (!m_fontsOk) return;
    if (s.bodies) drawBodies(target, s);
    if (s.caption)
        m_layout.caption =
            drawCaption(target, m_font, m_bold, *s.caption, s.map.textScale, s.map.bottomInset);
    if (!s.card) return;
    const OverlayBoxes boxes = drawOverlay(target, m_font, m_bold, *s.card);
    m_layout.card = boxes.card;
    m_layout.attribution = boxes.attribution;
    const float scale = s.map.textScale;
    const sf::Vector2f at(boxes.card.left + 12.0F * scale,
                          boxes.card.top + boxes.card.height + 12.0F * scale);
    if (s.legend == Legend::Density)
        m_layout.legend = drawDensityLegend(target, m_font, at, scale, s.legendText);
    if (s.legend == Legend::Circles)
        m_layout.legend = drawCircleLegend(target, m_font, at, scale, s.map.camera.scale(), {}, s.legendText);
}

void SceneRenderer::drawSideBySide(sf::RenderTarget& target, const SceneSnapshot& s) {
    m_other = {};
    const sf::Vector2f size(target.getSize());
    target.clear(sf::Color(40, 40, 48));
    const float half = size.x / 2;
    const float scale = s.map.textScale;
    for (int side = 0; side < 2; ++side) {
        MapFrame f = s.map;
        f.year = side == 0 ? s.sideBySide->leftYear : s.sideBySide->rightYear;
        f.transition.reset();
        f.selectedUnit.reset();
        f.area = {side * half + (side == 0 ? 0.0F : 2.0F), 0, half - 2.0F, size.y};
        f.camera.fit(m_dataset.bounds, {f.area.width, f.area.height}, 0.04F, f.bottomInset + 40.0F, 90.0F);
        m_map.draw(target, f);
        if (!m_fontsOk) continue;
        OverlayText text;
        text.year = f.year;
        text.unitCount = m_dataset.unitsValidIn(f.year).size();
        text.countLabel = s.sideBySide->countLabel;
        text.textScale = scale * 0.8F;
        text.area = {f.area.left, f.area.top + 56.0F * scale, f.area.width,
                     f.area.height}; // below the view bar
        const sf::FloatRect card = drawOverlay(target, m_font, m_bold, text).card;
        // Both halves' cards count as one box for the layout: the union of the two.
        if (m_other.card.width <= 0) {
            m_other.card = card;
        } else {
            const float right = std::max(m_other.card.left + m_other.card.width, card.left + card.width);
            const float bottom = std::max(m_other.card.top + m_other.card.height, card.top + card.height);
            m_other.card.left = std::min(m_other.card.left, card.left);
            m_other.card.top = std::min(m_other.card.top, card.top);
            m_other.card.width = right - m_other.card.left;
            m_other.card.height = bottom - m_other.card.top;
        }
    }
}

void SceneRenderer::drawBodies(sf::RenderTarget& target, const SceneSnapshot& s) {
    const int year = s.map.year;
    const auto active = m_timeline.bodiesActiveIn(year);
    const sf::Vector2f size(target.getSize());
    const float scale = s.map.textScale;
    m_layout.badges = layoutBadges(active, size, scale, 16.0F * scale, 16.0F * scale, s.map.bottomInset);
    // The body founded this year fades in as playback reaches its year.
    std::optional<std::string> appearing;
    for (const geodata::JointBody* body : active)
        if (body->founded == year) appearing = body->id;
    render::drawBodies(target, m_font, s.map, m_dataset, active, year, m_layout.badges, s.selectedBody,
                       s.bodyAppear, appearing);
}

SceneRenderer::Pick SceneRenderer::pick(sf::Vector2f screen, const SceneSnapshot& s) const {
    Pick result;
    if (s.bodies) result.body = badgeAt(m_last->badges, screen);
    if (result.body) return result;
    if (const geodata::UnitVersion* u = m_dataset.unitAt(s.map.camera.toWorld(screen), s.map.year))
        result.unit = u->id;
    return result;
}

} // namespace render
