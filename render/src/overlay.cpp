#include "render/overlay.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Text.hpp>
#include <algorithm>
#include <cmath>
#include <vector>

namespace render {

namespace {
sf::String utf8(const std::string& s) { return sf::String::fromUtf8(s.begin(), s.end()); }
unsigned px(float base, float scale) { return static_cast<unsigned>(std::lround(base * scale)); }
} // namespace

OverlayBoxes drawOverlay(sf::RenderTarget& target, const sf::Font& font, const sf::Font& bold,
                         const OverlayText& o) {
    const sf::View previous = target.getView();
    const sf::Vector2f whole(target.getSize());
    const sf::FloatRect area = o.area.width > 0 ? o.area : sf::FloatRect(0, 0, whole.x, whole.y);
    const sf::Vector2f size(area.width, area.height);
    sf::View view(sf::FloatRect(0, 0, size.x, size.y));
    view.setViewport({area.left / whole.x, area.top / whole.y, area.width / whole.x, area.height / whole.y});
    target.setView(view);
    const float s = o.textScale;
    const float margin = 24.0F * s;

    sf::Text year(std::to_string(o.year), bold, px(64, s));
    year.setFillColor(sf::Color(30, 30, 40));
    year.setPosition(margin, margin * 0.5F);
    sf::Text count(utf8(std::to_string(o.unitCount) + " " + o.countLabel), bold, px(30, s));
    count.setFillColor(sf::Color(30, 30, 40));
    const sf::FloatRect yb = year.getGlobalBounds();
    count.setPosition(margin, yb.top + yb.height + 10.0F * s);
    const sf::FloatRect cb = count.getGlobalBounds();
    float bottom = cb.top + cb.height;
    std::vector<sf::Text> smaller;
    for (const std::string* line : {&o.detail, &o.title}) {
        if (line->empty()) continue;
        smaller.emplace_back(utf8(*line), font, px(18, s));
        smaller.back().setFillColor(sf::Color(60, 60, 70));
        smaller.back().setPosition(margin, bottom + 8.0F * s);
        const sf::FloatRect b = smaller.back().getGlobalBounds();
        bottom = b.top + b.height;
    }

    // A translucent card behind the text keeps it readable over any fill colour.
    float width = std::max(yb.width, cb.width);
    for (const sf::Text& t : smaller) width = std::max(width, t.getGlobalBounds().width);
    sf::RectangleShape card({width + 2 * margin, bottom + margin * 0.6F});
    card.setFillColor(sf::Color(255, 255, 255, 200));
    target.draw(card);
    target.draw(year);
    target.draw(count);
    for (const sf::Text& t : smaller) target.draw(t);

    // In target pixels: the view maps the area's own coordinates onto its place in the target.
    const auto inTarget = [&](sf::FloatRect r) {
        return sf::FloatRect(r.left + area.left, r.top + area.top, r.width, r.height);
    };
    OverlayBoxes boxes{inTarget(card.getGlobalBounds()), {}};
    if (!o.attribution.empty()) {
        sf::Text credit(utf8(o.attribution), font, px(13, s));
        credit.setFillColor(sf::Color(50, 50, 60));
        const sf::FloatRect ab = credit.getLocalBounds();
        credit.setPosition(size.x - ab.width - 12.0F * s, size.y - o.bottomInset - ab.height - 14.0F * s);
        sf::RectangleShape back({ab.width + 12.0F * s, ab.height + 14.0F * s});
        back.setPosition(size.x - ab.width - 18.0F * s, size.y - o.bottomInset - ab.height - 18.0F * s);
        back.setFillColor(sf::Color(255, 255, 255, 190));
        target.draw(back);
        target.draw(credit);
        boxes.attribution = inTarget(back.getGlobalBounds());
    }
    target.setView(previous);
    return boxes;
}

} // namespace render
