#include "render/overlay.hpp"

#include "render/caption.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Text.hpp>
#include <algorithm>
#include <cmath>
#include <vector>

namespace render {

namespace {

sf::String utf8(const std::string& s) { return sf::String::fromUtf8(s.begin(), s.end()); }
unsigned px(float base, float scale) { return static_cast<unsigned>(std::lround(base * scale)); }

// The card's type sizes and spacing at text scale 1.
constexpr float kYearPx = 64, kCountPx = 30, kSmallPx = 18, kMargin = 24, kLineGap = 8;
constexpr float kMinCardWidth = 300, kMaxCardWidth = 460; // text scale 1
constexpr float kCreditPx = 14, kCreditPad = 7;

/// A screen-space view for the target's own pixels, restored when it goes out of scope.
class PixelView {
  public:
    explicit PixelView(sf::RenderTarget& t) : m_target(t), m_previous(t.getView()) {
        const sf::Vector2f size(t.getSize());
        t.setView(sf::View(sf::FloatRect(0, 0, size.x, size.y)));
    }
    ~PixelView() { m_target.setView(m_previous); }
    PixelView(const PixelView&) = delete;
    PixelView& operator=(const PixelView&) = delete;

  private:
    sf::RenderTarget& m_target;
    sf::View m_previous;
};

float lineHeight(float size) { return size * 1.2F; }

} // namespace

sf::String fitWidth(const sf::String& text, const sf::Font& font, unsigned size, float width) {
    sf::Text probe(text, font, size);
    if (probe.getLocalBounds().width <= width) return text;
    sf::String cut = text;
    while (!cut.isEmpty()) {
        cut.erase(cut.getSize() - 1);
        probe.setString(cut + sf::String(L"\u2026"));
        if (probe.getLocalBounds().width <= width) break;
    }
    return probe.getString();
}

sf::Vector2f yearCardSize(const sf::Font& font, const OverlayText& o) {
    const float s = o.textScale;
    const float title = sf::Text(utf8(o.title), font, px(kSmallPx, s)).getLocalBounds().width;
    const float width = std::clamp(title, kMinCardWidth * s, kMaxCardWidth * s) + 2 * kMargin * s;
    // The detail may take two lines (it is wrapped), the title one.
    const float height = s * (kMargin * 0.5F + lineHeight(kYearPx) + lineHeight(kCountPx) + 3 * kLineGap +
                              3 * lineHeight(kSmallPx) + kMargin * 0.6F);
    return {std::round(width), std::round(height)};
}

sf::FloatRect drawYearCard(sf::RenderTarget& target, const sf::Font& font, const sf::Font& bold,
                           const OverlayText& o, const sf::FloatRect& box) {
    const PixelView pixels(target);
    const float s = o.textScale, margin = kMargin * s, inner = box.width - 2 * margin;
    // A translucent card behind the text keeps it readable over any fill colour.
    sf::RectangleShape card({box.width, box.height});
    card.setPosition(box.left, box.top);
    card.setFillColor(sf::Color(255, 255, 255, 215));
    target.draw(card);
    const sf::Color ink(30, 30, 40), grey(60, 60, 70);
    float y = box.top + margin * 0.5F;
    const auto line = [&](const sf::String& text, const sf::Font& f, float size, sf::Color colour) {
        if (!text.isEmpty()) {
            sf::Text t(fitWidth(text, f, px(size, s), inner), f, px(size, s));
            t.setFillColor(colour);
            t.setPosition(std::round(box.left + margin), std::round(y));
            target.draw(t);
        }
        y += (lineHeight(size) + (size < kCountPx ? kLineGap : 0)) * s;
    };
    line(std::to_string(o.year), bold, kYearPx, ink);
    line(utf8(std::to_string(o.unitCount) + " " + o.countLabel), bold, kCountPx, ink);
    // The detail wrapped to two lines at most; a third would run into the title, so it is cut with "…".
    const unsigned small = px(kSmallPx, s);
    std::vector<sf::String> detail =
        o.detail.empty() ? std::vector<sf::String>{} : wrapText(utf8(o.detail), font, small, inner);
    if (detail.size() > 2) {
        detail[1] = fitWidth(detail[1] + sf::String(L" \u2026"), font, small, inner);
        detail.resize(2);
    }
    for (const sf::String& d : detail) line(d, font, kSmallPx, grey);
    line(utf8(o.title), font, kSmallPx, grey);
    return box;
}

sf::Vector2f attributionSize(const sf::Font& font, const OverlayText& o, float maxWidth) {
    if (o.attribution.empty()) return {};
    const float s = o.textScale;
    const sf::Text t(utf8(o.attribution), font, px(kCreditPx, s));
    const float width = std::min(t.getLocalBounds().width + 2 * kCreditPad * s, maxWidth);
    return {std::round(width), std::round(lineHeight(kCreditPx) * s + 2 * kCreditPad * s)};
}

sf::FloatRect drawAttribution(sf::RenderTarget& target, const sf::Font& font, const OverlayText& o,
                              const sf::FloatRect& box) {
    if (o.attribution.empty() || box.width <= 0) return {};
    const PixelView pixels(target);
    const float s = o.textScale, pad = kCreditPad * s;
    sf::RectangleShape back({box.width, box.height});
    back.setPosition(box.left, box.top);
    back.setFillColor(sf::Color(255, 255, 255, 200));
    target.draw(back);
    sf::Text credit(fitWidth(utf8(o.attribution), font, px(kCreditPx, s), box.width - 2 * pad), font,
                    px(kCreditPx, s));
    credit.setFillColor(sf::Color(50, 50, 60));
    credit.setPosition(std::round(box.left + pad), std::round(box.top + pad));
    target.draw(credit);
    return box;
}

} // namespace render
