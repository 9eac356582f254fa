#include "render/caption.hpp"

#include "render/overlay.hpp"
#include "render/scene_plan.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Text.hpp>
#include <algorithm>
#include <cmath>
#include <vector>

namespace render {

namespace {
sf::String utf8(const std::string& s) { return sf::String::fromUtf8(s.begin(), s.end()); }
unsigned px(float base, float scale) { return static_cast<unsigned>(std::lround(base * scale)); }
// The last few wrapped texts. A caption stays the same for many frames (a whole transition), and
// wrapping lays out the growing line again for every word: a country change year's caption, which
// names hundreds of changes, took half a second per frame.
const std::vector<sf::String>& wrapped(const std::string& text, const sf::Font& font, unsigned size,
                                       float width) {
    struct Entry {
        std::string text;
        const sf::Font* font;
        unsigned size;
        float width;
        std::vector<sf::String> lines;
    };
    thread_local std::vector<Entry> recent; // newest last; per thread, so any thread may draw
    constexpr size_t kKept = 8;             // title, text and meta of a caption or two
    for (const Entry& e : recent)
        if (e.font == &font && e.size == size && e.width == width && e.text == text) return e.lines;
    if (recent.size() == kKept) recent.erase(recent.begin());
    recent.push_back({text, &font, size, width, wrapText(utf8(text), font, size, width)});
    return recent.back().lines;
}

} // namespace

std::vector<sf::String> wrapText(const sf::String& text, const sf::Font& font, unsigned size, float width) {
    std::vector<sf::String> lines;
    sf::Text probe("", font, size);
    sf::String line;
    sf::String word;
    auto fits = [&](const sf::String& candidate) {
        probe.setString(candidate);
        return probe.getLocalBounds().width <= width;
    };
    auto flushWord = [&] {
        if (word.isEmpty()) return;
        const sf::String candidate = line.isEmpty() ? word : line + " " + word;
        if (line.isEmpty() || fits(candidate)) {
            line = candidate;
        } else {
            lines.push_back(line);
            line = word;
        }
        word.clear();
    };
    for (sf::Uint32 c : text) {
        if (c == ' ' || c == '\n') {
            flushWord();
            if (c == '\n') {
                lines.push_back(line);
                line.clear();
            }
        } else {
            word += c;
        }
    }
    flushWord();
    if (!line.isEmpty()) lines.push_back(line);
    return lines;
}

sf::FloatRect drawCaption(sf::RenderTarget& target, const sf::Font& regular, const sf::Font& bold,
                          const Caption& caption, float s, const sf::FloatRect& box) {
    if ((caption.title.empty() && caption.text.empty()) || box.width <= 0) return {};
    const sf::View previous = target.getView();
    const sf::Vector2f size(target.getSize());
    target.setView(sf::View(sf::FloatRect(0, 0, size.x, size.y)));

    const float pad = kCaptionPadPx * s, width = box.width;
    const float room = box.height - 2 * pad; // for the lines
    // Every line wrapped first; when they are too many for the box, the text's last lines go and the
    // last one kept ends in "…" (title and meta stay).
    struct Line {
        sf::String text;
        const sf::Font* font;
        unsigned size;
        sf::Color colour;
        bool body;
    };
    std::vector<Line> all;
    auto addLines = [&](const std::string& text, const sf::Font& font, float base, sf::Color colour,
                        bool body) {
        if (text.empty()) return;
        // A single word wider than the box is cut rather than drawn past its edge.
        for (const sf::String& l : wrapped(text, font, px(base, s), width - 2 * pad))
            all.push_back(
                {fitWidth(l, font, px(base, s), width - 2 * pad), &font, px(base, s), colour, body});
    };
    addLines(caption.title, bold, kCaptionTitlePx, sf::Color::White, false);
    addLines(caption.text, regular, kCaptionTextPx, sf::Color(235, 235, 235), true);
    addLines(caption.meta, regular, kCaptionMetaPx, sf::Color(190, 190, 200), false);
    const auto step = [](const Line& l) { return static_cast<float>(l.size) * kCaptionLineSpacing; };
    float height = 0;
    for (const Line& l : all) height += step(l);
    bool cut = false;
    while (height > room) {
        const auto last = std::find_if(all.rbegin(), all.rend(), [](const Line& l) { return l.body; });
        if (last == all.rend()) break;
        height -= step(*last);
        all.erase(std::next(last).base());
        cut = true;
    }
    if (cut) {
        const auto last = std::find_if(all.rbegin(), all.rend(), [](const Line& l) { return l.body; });
        if (last != all.rend())
            last->text =
                fitWidth(last->text + sf::String(L" \u2026"), *last->font, last->size, width - 2 * pad);
    }
    std::vector<sf::Text> lines;
    for (const Line& l : all) {
        lines.emplace_back(l.text, *l.font, l.size);
        lines.back().setFillColor(l.colour);
    }

    const float bandHeight = height + 2 * pad;
    const float top = box.top + box.height - bandHeight;
    sf::RectangleShape band({width, bandHeight});
    band.setPosition(std::round(box.left), std::round(top));
    band.setFillColor(sf::Color(20, 24, 32, 215));
    target.draw(band);
    float y = top + pad;
    for (sf::Text& t : lines) {
        t.setPosition(std::round(box.left + pad), std::round(y));
        target.draw(t);
        y += static_cast<float>(t.getCharacterSize()) * kCaptionLineSpacing;
    }
    target.setView(previous);
    return band.getGlobalBounds();
}

} // namespace render
