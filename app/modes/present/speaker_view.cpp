#include "modes/present/speaker_view.hpp"

#include "render/caption.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Text.hpp>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace app {

namespace {

const sf::Color kBackground(24, 26, 32);
const sf::Color kDim(150, 158, 170);
const sf::Color kWarm(255, 214, 120);

sf::String utf8(const std::string& text) { return sf::String::fromUtf8(text.begin(), text.end()); }

// Draws wrapped text from `y` down; returns the y below it.
float drawWrapped(sf::RenderTarget& target, const std::string& text, const sf::Font& font, unsigned size,
                  sf::Color colour, float x, float y, float width) {
    for (const sf::String& line : render::wrapText(utf8(text), font, size, width)) {
        sf::Text t(line, font, size);
        t.setFillColor(colour);
        t.setPosition(x, y);
        target.draw(t);
        y += static_cast<float>(size) * 1.3F;
    }
    return y;
}

std::string wallClock() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&now, &local);
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02d", local.tm_hour, local.tm_min);
    return text;
}

} // namespace

std::string formatElapsed(double seconds) {
    const long total = std::lround(std::max(0.0, seconds));
    char text[32]; // room for any long, so the compiler can prove no truncation
    if (total >= 3600)
        std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
    else
        std::snprintf(text, sizeof text, "%02ld:%02ld", total / 60, total % 60);
    return text;
}

namespace {

// After Esc: the lectern must not show a stale scene as if the talk went on.
void drawEnded(sf::RenderTarget& target, const Strings& strings, const sf::Font& regular,
               const sf::Font& bold, float unit) {
    const sf::Vector2f size(target.getSize());
    const auto px = [unit](float s) { return static_cast<unsigned>(std::lround(s * unit)); };
    const float margin = 28 * unit;
    float y = size.y * 0.35F;
    y = drawWrapped(target, strings.get("present.ended"), bold, px(40), sf::Color::White, margin, y,
                    size.x - 2 * margin) +
        12 * unit;
    y = drawWrapped(target, strings.get("present.ended_restart"), regular, px(24), kWarm, margin, y,
                    size.x - 2 * margin) +
        24 * unit;
    sf::Text clock(utf8(strings.get("present.clock") + " " + wallClock()), bold, px(26));
    clock.setFillColor(kDim);
    clock.setPosition(margin, y);
    target.draw(clock);
}

} // namespace

void drawSpeakerView(sf::RenderTarget& target, const SpeakerInfo& info, const Strings& strings,
                     const sf::Font& regular, const sf::Font& bold) {
    const sf::Vector2f size(target.getSize());
    const float unit = size.y / 720.0F; // sizes below are for a 720-line window
    const auto px = [unit](float s) { return static_cast<unsigned>(std::lround(s * unit)); };
    const float margin = 28 * unit;
    const float width = size.x - 2 * margin;
    target.clear(kBackground);
    if (!info.presenting) {
        drawEnded(target, strings, regular, bold, unit);
        return;
    }

    // Top line: scene, year, the talk's time and the clock, which a speaker glances at most.
    std::string head = info.sceneCount > 0
                           ? strings.format("present.scene_of", {info.scene + 1, info.sceneCount})
                           : strings.get("present.no_story");
    head += "  ·  " + std::to_string(info.year);
    sf::Text top(utf8(head), bold, px(26));
    top.setPosition(margin, margin);
    target.draw(top);
    const std::string times = strings.get("present.elapsed") + " " + formatElapsed(info.elapsedSeconds) +
                              "   " + strings.get("present.clock") + " " + wallClock();
    sf::Text clock(utf8(times), bold, px(26));
    clock.setFillColor(kWarm);
    clock.setPosition(size.x - margin - clock.getLocalBounds().width, margin);
    target.draw(clock);

    float y = margin + 52 * unit;
    if (info.blanked) {
        sf::RectangleShape band({size.x, 40 * unit});
        band.setPosition(0, y);
        band.setFillColor(sf::Color(150, 40, 40));
        target.draw(band);
        sf::Text blanked(utf8(strings.get("present.blanked")), bold, px(22));
        blanked.setPosition(margin, y + 6 * unit);
        target.draw(blanked);
        y += 52 * unit;
    }
    y = drawWrapped(target, info.caption, bold, px(30), sf::Color::White, margin, y, width) + 16 * unit;

    sf::Text notesTitle(utf8(strings.get("present.notes")), bold, px(20));
    notesTitle.setFillColor(kDim);
    notesTitle.setPosition(margin, y);
    target.draw(notesTitle);
    y += 30 * unit;
    const std::string notes = info.notes.empty() ? strings.get("present.no_notes") : info.notes;
    drawWrapped(target, notes, regular, px(24), info.notes.empty() ? kDim : sf::Color(235, 235, 235), margin,
                y, width);

    // Bottom: what comes next, so the speaker can lead into it; then the keys.
    const float bottom = size.y - margin - 90 * unit;
    sf::RectangleShape rule({width, 1});
    rule.setPosition(margin, bottom - 12 * unit);
    rule.setFillColor(sf::Color(80, 86, 96));
    target.draw(rule);
    const std::string next = info.nextCaption ? strings.get("present.next_scene") + ": " + *info.nextCaption
                                              : strings.get("present.last_scene");
    drawWrapped(target, next, regular, px(22), kWarm, margin, bottom, width);
    sf::Text keys(utf8(strings.get("present.keys_help")), regular, px(16));
    keys.setFillColor(kDim);
    keys.setPosition(margin, size.y - margin - 18 * unit);
    target.draw(keys);
}

} // namespace app
