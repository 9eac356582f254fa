#include "render/bodies_layer.hpp"

#include "render/scene_plan.hpp"
#include "render/stroke.hpp"

#include <SFML/Graphics/ConvexShape.hpp>
#include <SFML/Graphics/Text.hpp>
#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <numbers>

namespace render {

namespace {

const sf::Color kNeutral(128, 128, 128);
const sf::Color kCasing(255, 255, 255);
const sf::Color kFrame(20, 20, 20);

sf::Color withAlpha(sf::Color c, float opacity) {
    c.a = static_cast<sf::Uint8>(std::lround(static_cast<float>(c.a) * std::clamp(opacity, 0.0F, 1.0F)));
    return c;
}

// Black or white, whichever contrasts more with `c` (WCAG relative luminance).
sf::Color inkFor(sf::Color c) {
    auto lin = [](sf::Uint8 v) {
        const double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    const double l = 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
    return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? sf::Color::White : sf::Color(15, 15, 20);
}

// A ring in screen space as a stroke, leaving out points closer than a pixel and a half to the last one
// kept: coastlines have thousands of vertices that would all land on the same few pixels.
void appendRing(std::vector<sf::Vertex>& strokes, const geodata::Ring& ring, const Camera& camera,
                sf::Color c) {
    std::vector<sf::Vector2f> points;
    points.reserve(ring.size());
    for (const geodata::Point& p : ring) points.push_back(camera.toScreen(p));
    appendStroke(strokes, points, true, c, 1.5F);
}

// The corners of a rectangle with rounded corners, clockwise from the top right.
std::vector<sf::Vector2f> roundedCorners(sf::FloatRect r, float radius) {
    constexpr int kSteps = 5; // points per corner
    radius = std::min({radius, r.width / 2, r.height / 2});
    const sf::Vector2f centres[4] = {{r.left + r.width - radius, r.top + radius},
                                     {r.left + r.width - radius, r.top + r.height - radius},
                                     {r.left + radius, r.top + r.height - radius},
                                     {r.left + radius, r.top + radius}};
    std::vector<sf::Vector2f> points;
    for (int corner = 0; corner < 4; ++corner)
        for (int s = 0; s < kSteps; ++s) {
            const float a = (static_cast<float>(corner) - 1.0F + static_cast<float>(s) / (kSteps - 1)) *
                            std::numbers::pi_v<float> / 2;
            points.push_back(centres[corner] + sf::Vector2f(std::cos(a), std::sin(a)) * radius);
        }
    return points;
}

// A rounded rectangle filled in `fill`, with a rim `width` pixels wide around it in `rim`: the rim is a
// stroke, so it smooths the fill's edge too.
void drawRoundedRect(sf::RenderTarget& target, sf::FloatRect r, float radius, sf::Color fill, sf::Color rim,
                     float width) {
    const std::vector<sf::Vector2f> corners = roundedCorners(r, radius);
    sf::ConvexShape shape(corners.size());
    for (size_t i = 0; i < corners.size(); ++i) shape.setPoint(i, corners[i]);
    shape.setFillColor(fill);
    target.draw(shape);
    const float half = width / 2;
    std::vector<sf::Vertex> strokes;
    appendStroke(
        strokes,
        roundedCorners({r.left - half, r.top - half, r.width + width, r.height + width}, radius + half), true,
        rim);
    drawStrokes(target, strokes, width);
}

const BodyBadge* findBadge(const std::vector<BodyBadge>& badges, const std::string& id) {
    for (const BodyBadge& b : badges)
        if (b.id == id) return &b;
    return nullptr;
}

// A body's members outlined and tied to its badge, at `strength` 0…1 (fading in when just founded).
void drawMembers(sf::RenderTarget& target, const sf::Font& font, const MapFrame& frame,
                 const geodata::Dataset& dataset, const geodata::JointBody& body, int year,
                 const BodyBadge* badge, float strength) {
    const float s = frame.textScale;
    const sf::Color colour = parseBodyColour(body.colour);
    std::vector<const geodata::UnitVersion*> members;
    for (const std::string& code : body.membersIn(year))
        if (const geodata::UnitVersion* v = dataset.versionOf(code, year)) members.push_back(v);

    // A white casing under the coloured line keeps it visible over fills of any colour.
    std::vector<sf::Vertex> casing, line;
    for (const geodata::UnitVersion* v : members)
        for (const geodata::Polygon& p : v->polygons) {
            appendRing(casing, p.outer, frame.camera, withAlpha(kCasing, 0.85F * strength));
            appendRing(line, p.outer, frame.camera, withAlpha(colour, strength));
            for (const geodata::Ring& hole : p.holes) {
                appendRing(casing, hole, frame.camera, withAlpha(kCasing, 0.85F * strength));
                appendRing(line, hole, frame.camera, withAlpha(colour, strength));
            }
        }
    drawStrokes(target, casing, 7.0F * s);
    drawStrokes(target, line, 4.0F * s);
    if (!badge) return;

    // Each line ends just short of the member's name (as MapRenderer sets it at the label anchor) so
    // that the name stays readable; lines grow from the badge towards the members as the body appears.
    const sf::Vector2f from(badge->rect.left, badge->rect.top + badge->rect.height / 2);
    sf::Text label("", font, static_cast<unsigned>(std::lround(15.0F * s)));
    std::vector<sf::Vertex> leaderCasing, leaders, dotCasing, dots;
    for (const geodata::UnitVersion* v : members) {
        const sf::Vector2f anchor = frame.camera.toScreen(v->labelAnchor);
        label.setString(sf::String::fromUtf8(v->name.begin(), v->name.end()));
        const sf::FloatRect box = label.getLocalBounds();
        const sf::Vector2f half(box.width / 2 + 5.0F * s, box.height / 2 + 5.0F * s);
        const sf::Vector2f d = anchor - from;
        const float back = std::min(std::abs(d.x) > 1e-3F ? half.x / std::abs(d.x) : 1.0F,
                                    std::abs(d.y) > 1e-3F ? half.y / std::abs(d.y) : 1.0F);
        const sf::Vector2f end = from + d * (std::max(0.0F, 1.0F - back) * strength);
        const std::array<sf::Vector2f, 2> leader{from, end};
        appendStroke(leaderCasing, leader, false, withAlpha(kCasing, 0.9F * strength));
        appendStroke(leaders, leader, false, withAlpha(colour, strength));
        // A dot in the body's colour with a white rim, at the end by the name.
        appendDisc(dotCasing, end, 7.0F * s, withAlpha(kCasing, strength));
        appendDisc(dots, end, 5.0F * s, withAlpha(colour, strength));
    }
    drawStrokes(target, leaderCasing, 6.0F * s);
    drawStrokes(target, leaders, 3.0F * s);
    drawStrokes(target, dotCasing, 14.0F * s);
    drawStrokes(target, dots, 10.0F * s);
}

void drawBadge(sf::RenderTarget& target, const sf::Font& font, const geodata::JointBody& body,
               sf::FloatRect rect, float scale, bool framed, float opacity) {
    // Grows in about its centre while it fades in.
    const float grow = 0.6F + 0.4F * std::clamp(opacity, 0.0F, 1.0F);
    const sf::Vector2f centre(rect.left + rect.width / 2, rect.top + rect.height / 2);
    const sf::FloatRect r(centre.x - rect.width * grow / 2, centre.y - rect.height * grow / 2,
                          rect.width * grow, rect.height * grow);
    const sf::Color colour = parseBodyColour(body.colour);
    drawRoundedRect(target, r, 9.0F * scale, withAlpha(colour, opacity),
                    withAlpha(framed ? kFrame : kCasing, opacity), framed ? 3.5F * scale : 1.5F * scale);

    const std::string& name = body.shortName.empty() ? body.name : body.shortName;
    sf::Text text(sf::String::fromUtf8(name.begin(), name.end()), font,
                  static_cast<unsigned>(std::lround(22.0F * scale * grow)));
    // Long names shrink to fit rather than spill out of the badge.
    const float room = r.width - 20.0F * scale;
    while (text.getLocalBounds().width > room && text.getCharacterSize() > 9)
        text.setCharacterSize(text.getCharacterSize() - 1);
    text.setFillColor(withAlpha(inkFor(colour), opacity));
    const sf::FloatRect b = text.getLocalBounds();
    text.setOrigin(std::round(b.left + b.width / 2), std::round(b.top + b.height / 2));
    text.setPosition(std::round(centre.x), std::round(centre.y));
    target.draw(text);
}

} // namespace

sf::Color parseBodyColour(const std::string& text) {
    std::string hex = text;
    if (!hex.empty() && hex.front() == '#') hex.erase(0, 1);
    if (hex.size() != 6 ||
        !std::all_of(hex.begin(), hex.end(), [](unsigned char c) { return std::isxdigit(c); }))
        return kNeutral;
    const unsigned long v = std::stoul(hex, nullptr, 16);
    return {static_cast<sf::Uint8>(v >> 16), static_cast<sf::Uint8>((v >> 8) & 0xFF),
            static_cast<sf::Uint8>(v & 0xFF)};
}

std::vector<BodyBadge> layoutBadgesIn(const std::vector<const geodata::JointBody*>& active,
                                      const sf::FloatRect& area, float textScale, int columns) {
    const float w = kBadgeWidth * textScale, h = kBadgeHeight * textScale, gap = kBadgeGap * textScale;
    const auto perRow = static_cast<size_t>(std::max(columns, 1));
    std::vector<BodyBadge> badges;
    for (const geodata::JointBody* body : active) {
        if (!body) continue;
        // Row by row from the area's top right, so a short list hugs the edge of the screen.
        const size_t i = badges.size(), column = i % perRow, row = i / perRow;
        const float x = area.left + area.width - static_cast<float>(column + 1) * (w + gap) + gap;
        badges.push_back({body->id, sf::FloatRect(x, area.top + static_cast<float>(row) * (h + gap), w, h)});
    }
    return badges;
}

void drawBodies(sf::RenderTarget& target, const sf::Font& font, const MapFrame& frame,
                const geodata::Dataset& dataset, const std::vector<const geodata::JointBody*>& active,
                int year, const std::vector<BodyBadge>& badges, const std::optional<std::string>& highlighted,
                float appear, const std::optional<std::string>& appearing) {
    const sf::View previous = target.getView();
    // Screen pixels as MapRenderer's labels use them, so lines meet the names they point at.
    const sf::Vector2f size = frame.camera.viewport();
    target.setView(sf::View(sf::FloatRect(0, 0, size.x, size.y)));
    auto find = [&](const std::optional<std::string>& id) -> const geodata::JointBody* {
        if (!id) return nullptr;
        for (const geodata::JointBody* b : active)
            if (b && b->id == *id) return b;
        return nullptr;
    };
    const geodata::JointBody* lit = find(highlighted);
    const geodata::JointBody* fresh = find(appearing);
    if (fresh == lit) fresh = nullptr; // highlighted wins: drawn at full strength
    if (fresh) drawMembers(target, font, frame, dataset, *fresh, year, findBadge(badges, fresh->id), appear);
    if (lit) drawMembers(target, font, frame, dataset, *lit, year, findBadge(badges, lit->id), 1.0F);
    for (const BodyBadge& badge : badges) {
        const geodata::JointBody* body = find(badge.id);
        if (!body) continue;
        drawBadge(target, font, *body, badge.rect, frame.textScale, body == lit,
                  body == fresh ? appear : 1.0F);
    }
    target.setView(previous);
}

std::optional<std::string> badgeAt(const std::vector<BodyBadge>& badges, sf::Vector2f screen) {
    for (const BodyBadge& b : badges)
        if (b.rect.contains(screen)) return b.id;
    return std::nullopt;
}

} // namespace render
