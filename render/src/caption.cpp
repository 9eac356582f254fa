#include "render/caption.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Text.hpp>
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
                          const Caption& caption, float s, float bottomInset) {
    const sf::Vector2f size(target.getSize());
    const float bottom = size.y - bottomInset;
    if (caption.title.empty() && caption.text.empty()) return {};
    const sf::View previous = target.getView();
    target.setView(sf::View(sf::FloatRect(0, 0, size.x, size.y)));

    const float width = std::min(size.x * 0.8F, 1400.0F * s);
    const float pad = 18.0F * s;
    std::vector<sf::Text> lines;
    auto addLines = [&](const std::string& text, const sf::Font& font, float base, sf::Color colour) {
        if (text.empty()) return;
        for (const sf::String& l : wrapped(text, font, px(base, s), width - 2 * pad)) {
            lines.emplace_back(l, font, px(base, s));
            lines.back().setFillColor(colour);
        }
    };
    addLines(caption.title, bold, 34, sf::Color::White);
    addLines(caption.text, regular, 24, sf::Color(235, 235, 235));
    addLines(caption.meta, regular, 16, sf::Color(190, 190, 200));

    float height = pad;
    for (const sf::Text& t : lines) height += static_cast<float>(t.getCharacterSize()) * 1.25F;
    height += pad;
    const float top = bottom - height - 12.0F * s;
    sf::RectangleShape band({width, height});
    band.setPosition(std::round((size.x - width) / 2), std::round(top));
    band.setFillColor(sf::Color(20, 24, 32, 215));
    target.draw(band);
    float y = top + pad;
    for (sf::Text& t : lines) {
        t.setPosition(std::round((size.x - width) / 2 + pad), std::round(y));
        target.draw(t);
        y += static_cast<float>(t.getCharacterSize()) * 1.25F;
    }
    target.setView(previous);
    return band.getGlobalBounds();
}

} // namespace render
