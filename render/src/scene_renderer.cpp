#include "render/scene_renderer.hpp"

#include "render/fonts.hpp"
#include "render/label_priority.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

namespace render {

namespace {
sf::Vector2f sizeOf(const sf::FloatRect& r) { return {r.width, r.height}; }
// A margin inside the map's room: the plan already keeps its gap to the overlays, this keeps the coast
// off the room's edge.
float margin(const sf::FloatRect& room) { return 0.02F * std::min(room.width, room.height); }
// Every word of a legend: what its look and its size depend on.
std::array<const std::string*, 8> words(const LegendText& t) {
    return {&t.densityTitle, &t.noData,    &t.circleTitle,  &t.inhabitants,
            &t.interpolated, &t.thousands, &t.ghostEarlier, &t.ghostLater};
}
// Whether the legend has anything: the view's key, or the key to a comparison's old borders.
bool hasLegend(const SceneSnapshot& s) {
    return s.legend != Legend::None || (s.map.ghostYear && !s.legendText.ghostEarlier.empty());
}
// The gap between the view's legend and the comparison's key under it.
float legendGap(float scale) { return 10.0F * scale; }
} // namespace

SceneRenderer::SceneRenderer(const geodata::Dataset& dataset, const geodata::Timeline& timeline,
                             const geodata::PopulationTable& population)
    : m_dataset(dataset), m_timeline(timeline), m_population(population),
      m_fontsOk(loadFont(m_font, kSansPath) && loadFont(m_bold, kSansBoldPath)),
      m_map(dataset, m_fontsOk ? &m_font : nullptr) {
    // Room is kept for as many badges as the busiest year has, so the map does not move between years.
    for (int year = dataset.firstYear(); year <= dataset.lastYear(); ++year)
        m_mostBadges = std::max(m_mostBadges, timeline.bodiesActiveIn(year).size());
    // On a crowded map the big and populous units keep their names.
    m_map.setLabelPriority(labelPriorities(dataset, &population));
}

PlanRequest SceneRenderer::request(sf::Vector2f size, const SceneSnapshot& s) {
    PlanRequest r;
    r.size = size;
    r.textScale = s.map.textScale;
    r.covered = s.covered;
    r.bounds = m_dataset.frame;
    r.caption = s.captionRoom;
    r.badges = s.bodies ? m_mostBadges : 0;
    if (!m_fontsOk) return r; // no text, nothing to keep room for but the badges
    // Laying out text to measure it is the costly part; it is redone only when its words or sizes change.
    std::string key = std::to_string(std::bit_cast<uint32_t>(size.x)) + '|' +
                      std::to_string(std::bit_cast<uint32_t>(s.map.textScale)) + '|' +
                      std::to_string(static_cast<int>(s.legend)) + '|' +
                      std::to_string(static_cast<int>(s.map.ghostYear.has_value())) + '|';
    if (s.card) key += s.card->title + '|' + s.card->attribution + '|';
    if (hasLegend(s))
        for (const std::string* t : words(s.legendText)) key += *t + '|';
    if (key != m_measured.key) m_measured = measure(size, s, std::move(key));
    r.card = m_measured.card;
    r.attribution = m_measured.attribution;
    r.legend = m_measured.legend;
    return r;
}

SceneRenderer::Measured SceneRenderer::measure(sf::Vector2f size, const SceneSnapshot& s,
                                               std::string key) const {
    Measured m;
    m.key = std::move(key);
    if (s.card) {
        m.card = yearCardSize(m_font, *s.card);
        // As wide as the screen allows: an arrangement where it would crowd the caption is not chosen.
        m.attribution = attributionSize(m_font, *s.card, size.x - 32.0F * s.map.textScale);
    }
    const float scale = s.map.textScale;
    if (s.legend == Legend::Density)
        m.legend = sizeOf(drawDensityLegend(nullptr, m_font, {}, scale, s.legendText));
    if (s.legend == Legend::Circles) {
        // The largest the circle legend gets: its biggest reference circle at the 130 px it is capped at.
        const CircleStyle style;
        const double biggest = *std::max_element(style.legendValues.begin(), style.legendValues.end());
        const double pixelsPerMetre = 130.0 * scale / std::max(circleRadiusMetres(biggest, style), 1e-9);
        m.legend = sizeOf(drawCircleLegend(nullptr, m_font, {}, scale, pixelsPerMetre, style, s.legendText));
    }
    m.viewLegendHeight = m.legend.y;
    if (s.map.ghostYear && !s.legendText.ghostEarlier.empty()) {
        const sf::Vector2f ghost = sizeOf(drawGhostLegend(nullptr, m_font, {}, scale, s.legendText));
        const float gap = m.legend.y > 0 ? legendGap(scale) : 0.0F;
        m.legend = {std::max(m.legend.x, ghost.x), m.legend.y + gap + ghost.y};
    }
    return m;
}

const ScenePlan& SceneRenderer::plan(sf::Vector2f size, const SceneSnapshot& s) {
    PlanRequest r = request(size, s);
    if (!m_plan || !(m_plan->first == r)) {
        ScenePlan p = planScene(r);
        m_plan.emplace(std::move(r), p);
    }
    return m_plan->second;
}

Camera SceneRenderer::fit(const Camera& current, const geodata::Bounds& bounds, sf::Vector2f size,
                          const SceneSnapshot& s) {
    const ScenePlan& p = plan(size, s);
    Camera camera = current;
    camera.fitInto(bounds, size, p.map, margin(p.map));
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
    // No name goes under an overlay: the labels avoid every box the plan keeps and the app covers.
    const ScenePlan& p = plan(sf::Vector2f(target.getSize()), s);
    m_frame = s.map;
    m_frame.obstacles = p.reserved();
    m_frame.obstacles.insert(m_frame.obstacles.end(), s.covered.begin(), s.covered.end());
    m_map.draw(target, m_frame, {decorationKey(s), [&](sf::RenderTarget& t) { drawDecoration(t, s, p); }});
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
    add(s.map.ghostYear.value_or(0));
    add(std::bit_cast<uint32_t>(s.map.textScale));
    add(static_cast<int>(s.captionRoom));
    for (const sf::FloatRect& c : s.covered)
        for (float v : {c.left, c.top, c.width, c.height}) add(std::bit_cast<uint32_t>(v));
    if (s.circles) add(std::bit_cast<uint64_t>(s.exactYear)); // circles grow between years
    if (hasLegend(s))
        for (const std::string* t : words(s.legendText)) text(*t);
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
    }
    return key;
}

void SceneRenderer::drawDecoration(sf::RenderTarget& target, const SceneSnapshot& s, const ScenePlan& p) {
    m_layout = {};
    if (s.circles) drawPopulationCircles(target, s.map, m_dataset, m_population, s.exactYear, {});
    if (!m_fontsOk) return;
    if (s.bodies) drawBodies(target, s, p);
    if (s.caption)
        m_layout.caption = drawCaption(target, m_font, m_bold, *s.caption, s.map.textScale, p.caption);
    if (!s.card) return;
    m_layout.card = drawYearCard(target, m_font, m_bold, *s.card, p.card);
    m_layout.attribution = drawAttribution(target, m_font, *s.card, p.attribution);
    const float scale = s.map.textScale;
    const sf::Vector2f at(p.legend.left, p.legend.top);
    if (s.legend == Legend::Density)
        m_layout.legend = drawDensityLegend(&target, m_font, at, scale, s.legendText);
    if (s.legend == Legend::Circles)
        m_layout.legend =
            drawCircleLegend(&target, m_font, at, scale, s.map.camera.scale(), {}, s.legendText);
    if (s.map.ghostYear && !s.legendText.ghostEarlier.empty()) {
        const float below =
            m_measured.viewLegendHeight > 0 ? m_measured.viewLegendHeight + legendGap(scale) : 0;
        const sf::FloatRect ghost =
            drawGhostLegend(&target, m_font, {at.x, at.y + below}, scale, s.legendText);
        m_layout.legend = m_layout.legend.width > 0 ? unionOf(m_layout.legend, ghost) : ghost;
    }
}

void SceneRenderer::drawSideBySide(sf::RenderTarget& target, const SceneSnapshot& s) {
    m_other = {};
    const sf::Vector2f size(target.getSize());
    target.clear(sf::Color(40, 40, 48));
    const float half = size.x / 2;
    struct Half {
        MapFrame f;
        OverlayText text;
        ScenePlan p;
        sf::FloatRect room; // in the half's own pixels
    };
    std::array<Half, 2> halves;
    double scale = 1e300; // both halves at the same scale, so that the two years compare
    for (int side = 0; side < 2; ++side) {
        Half& h = halves[static_cast<size_t>(side)];
        MapFrame& f = h.f;
        f = s.map;
        f.year = side == 0 ? s.sideBySide->leftYear : s.sideBySide->rightYear;
        f.transition.reset();
        f.selectedUnit.reset();
        f.area = {side * half + (side == 0 ? 0.0F : 2.0F), 0, half - 2.0F, size.y};
        h.text.year = f.year;
        h.text.unitCount = m_dataset.unitsValidIn(f.year).size();
        h.text.countLabel = s.sideBySide->countLabel;
        h.text.textScale = s.map.textScale * 0.8F;
        // Each half is planned as a screen of its own whose other half is covered: its card above its map.
        PlanRequest r;
        r.size = size;
        r.textScale = h.text.textScale;
        r.covered = s.covered;
        r.covered.push_back(side == 0 ? sf::FloatRect(half, 0, half, size.y)
                                      : sf::FloatRect(0, 0, half + 2, size.y));
        r.bounds = m_dataset.frame;
        r.bandsOnly = true;
        if (m_fontsOk) r.card = yearCardSize(m_font, h.text);
        h.p = planScene(r);
        h.room = {h.p.map.left - f.area.left, h.p.map.top - f.area.top, h.p.map.width, h.p.map.height};
        f.camera.fitInto(m_dataset.frame, {f.area.width, f.area.height}, h.room, margin(h.room));
        scale = std::min(scale, f.camera.scale());
    }
    for (Half& h : halves) {
        MapFrame& f = h.f;
        // The larger half shrinks to the smaller's scale, still centred in its room.
        f.camera.fitInto(m_dataset.frame, {f.area.width, f.area.height}, h.room, margin(h.room), scale);
        const ScenePlan& p = h.p;
        const OverlayText& text = h.text;
        // Names keep out of the half's card (and the app's panels), in the half's own pixels.
        f.obstacles.clear();
        std::vector<sf::FloatRect> boxes = p.reserved();
        boxes.insert(boxes.end(), s.covered.begin(), s.covered.end());
        for (sf::FloatRect box : boxes) {
            box.left -= f.area.left;
            f.obstacles.push_back(box);
        }
        m_map.draw(target, f);
        if (!m_fontsOk || !s.card) continue; // room is kept for the card either way: the halves stay put
        const sf::FloatRect card = drawYearCard(target, m_font, m_bold, text, p.card);
        // Both halves' cards count as one box for the layout: the union of the two.
        m_other.card = unionOf(m_other.card, card);
    }
}

void SceneRenderer::drawBodies(sf::RenderTarget& target, const SceneSnapshot& s, const ScenePlan& p) {
    const int year = s.map.year;
    const auto active = m_timeline.bodiesActiveIn(year);
    m_layout.badges = layoutBadgesIn(active, p.badges, s.map.textScale, p.badgeColumns);
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
