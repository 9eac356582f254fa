// The kiosk's own cards over the map: "Tryck för att utforska" in the attract loop, "Är du kvar?" with its
// countdown over a dimmed map, and the staff's PIN prompt.
#include "modes/kiosk/kiosk_mode.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Text.hpp>
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace app {

namespace {

sf::Text makeText(const std::string& utf8, const sf::Font& font, float size, sf::Color colour) {
    sf::Text text(sf::String::fromUtf8(utf8.begin(), utf8.end()), font,
                  static_cast<unsigned>(std::lround(size)));
    text.setFillColor(colour);
    return text;
}

struct CardLine {
    std::string text;
    const sf::Font* font;
    float size;
    sf::Color colour;
};

// Lines of text centred on a dark card. `pivot` says which point of the card sits at `at`: (0.5, 0.5) its
// centre, (1, 0) its top right corner. Returns the card's box.
sf::FloatRect drawCard(sf::RenderTarget& target, sf::Vector2f at, const std::vector<CardLine>& lines,
                       float padding, sf::Uint8 alpha = 225, sf::Vector2f pivot = {0.5F, 0.5F}) {
    // A card never runs past the screen's sides (a long "Fel kod" line on a portrait screen): it shrinks
    // whole to 92 % of the width.
    float widest = 0;
    for (const CardLine& line : lines)
        widest = std::max(widest, makeText(line.text, *line.font, line.size, {}).getLocalBounds().width);
    const float fit = std::min(1.0F, static_cast<float>(target.getSize().x) * 0.92F / (widest + 2 * padding));
    padding *= fit;
    std::vector<sf::Text> texts;
    float width = 0, height = 0;
    for (const CardLine& line : lines) {
        texts.push_back(makeText(line.text, *line.font, line.size * fit, line.colour));
        width = std::max(width, texts.back().getLocalBounds().width);
        height += line.size * fit * 1.35F;
    }
    sf::RectangleShape card({width + 2 * padding, height + 2 * padding});
    const sf::Vector2f centre(at.x + (0.5F - pivot.x) * card.getSize().x,
                              at.y + (0.5F - pivot.y) * card.getSize().y);
    card.setOrigin(card.getSize() / 2.0F);
    card.setPosition(centre);
    card.setFillColor(sf::Color(20, 28, 40, alpha));
    card.setOutlineColor(sf::Color(255, 255, 255, 90));
    card.setOutlineThickness(2);
    target.draw(card);
    float y = centre.y - height / 2;
    for (size_t i = 0; i < texts.size(); ++i) {
        const sf::FloatRect bounds = texts[i].getLocalBounds();
        texts[i].setPosition(std::round(centre.x - bounds.width / 2 - bounds.left), std::round(y));
        target.draw(texts[i]);
        y += lines[i].size * fit * 1.35F;
    }
    return card.getGlobalBounds(); // with its outline
}

} // namespace

void KioskMode::drawOverlays(sf::RenderTarget& target, const ModeContext& ctx, Overlays& overlays) {
    if (!m_fontsOk) return;
    const Strings& strings = ctx.strings;
    const sf::Vector2f size = ctx.sizeF();
    const float unit = kioskCardUnit(ctx); // text sizes are given for a 1080-line screen
    if (m_session.state() == KioskState::Attract) {
        // A gentle pulse draws the eye without flashing.
        const auto alpha = static_cast<sf::Uint8>(190 + 50 * std::sin(ctx.clock * 2.4));
        // In the strip at the bottom that the visitor's panel takes later, never over the map; smaller on a
        // narrow screen so that both lines fit its width.
        const std::string sv = strings.get("kiosk.touch_to_explore", Language::Swedish);
        const std::string en = strings.get("kiosk.touch_to_explore", Language::English);
        const float wide = std::max(makeText(sv, m_bold, kPromptSwedishPx, {}).getLocalBounds().width,
                                    makeText(en, m_font, kPromptEnglishPx, {}).getLocalBounds().width) +
                           2 * kPromptPaddingPx;
        const float u = std::min(unit, size.x * 0.92F / wide);
        addOverlay(overlays, "kiosk:prompt",
                   drawCard(target, {size.x / 2, size.y - 12 * unit},
                            {{sv, &m_bold, kPromptSwedishPx * u, sf::Color::White},
                             {en, &m_font, kPromptEnglishPx * u, sf::Color(220, 230, 240)}},
                            kPromptPaddingPx * u, alpha, {0.5F, 1.0F}));
    }
    if (m_session.state() == KioskState::StillThere) {
        sf::RectangleShape dim(size);
        dim.setFillColor(sf::Color(0, 0, 0, 140));
        target.draw(dim);
        addOverlay(overlays, "kiosk:dim", {0, 0, size.x, size.y});
        const int seconds = static_cast<int>(std::ceil(m_session.countdownRemaining()));
        // Both languages, as the attract loop's prompt: the visitor who walked away may have read either.
        const auto in = [&](const char* key, Language language) { return strings.get(key, language); };
        const auto countdown = [&](Language language) {
            return strings.format("kiosk.countdown", {seconds}, language);
        };
        const sf::Color warm(255, 214, 120), light(220, 230, 240);
        std::vector<CardLine> lines{
            {in("kiosk.still_there", Language::Swedish), &m_bold, 64 * unit, sf::Color::White},
            {in("kiosk.still_there", Language::English), &m_font, 44 * unit, light},
            {countdown(Language::Swedish), &m_bold, 36 * unit, warm},
            {countdown(Language::English), &m_font, 32 * unit, warm},
            {in("kiosk.touch_to_continue", Language::Swedish), &m_font, 32 * unit, sf::Color::White},
            {in("kiosk.touch_to_continue", Language::English), &m_font, 30 * unit, light}};
        addOverlay(overlays, "kiosk:still_there", drawCard(target, size / 2.0F, lines, 36 * unit));
    }
    if (m_admin.state() != AdminGateState::Closed) {
        std::string dots;
        // Dots joined by spaces, none after the last: a trailing space widened the line's box and pulled
        // the dots left of the card's centre.
        for (size_t i = 0; i < m_admin.digitsTyped(); ++i) dots += i == 0 ? "●" : " ●";
        std::vector<CardLine> lines{{strings.get("kiosk.admin_title"), &m_bold, 40 * unit, sf::Color::White}};
        const bool locked = m_admin.state() == AdminGateState::LockedOut;
        lines.push_back({adminGateMessage(m_admin, strings), &m_font, 30 * unit,
                         locked ? sf::Color(255, 150, 130) : sf::Color(220, 230, 240)});
        lines.push_back({dots.empty() ? " " : dots, &m_font, 40 * unit, sf::Color::White});
        addOverlay(overlays, "kiosk:admin", drawCard(target, size / 2.0F, lines, 30 * unit, 245));
    } else if (m_admin.lastPinWrong() && m_wrongPinSeconds < 3.0) {
        addOverlay(
            overlays, "kiosk:wrong_pin",
            // Where the PIN box was, centred: the staff's eyes are there.
            drawCard(target, size / 2.0F,
                     {{adminGateMessage(m_admin, strings), &m_font, 30 * unit, sf::Color(255, 150, 130)}},
                     16 * unit));
    }
}

} // namespace app
