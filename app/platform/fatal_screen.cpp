#include "platform/fatal_screen.hpp"

#include "render/fonts.hpp"

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Text.hpp>
#include <SFML/System/Clock.hpp>
#include <SFML/System/Sleep.hpp>
#include <SFML/Window/Event.hpp>
#include <SFML/Window/VideoMode.hpp>
#include <algorithm>
#include <cmath>
#include <string>

namespace app {

namespace {

sf::String utf8(const std::string& s) { return sf::String::fromUtf8(s.begin(), s.end()); }

// One centred line, shrunk to fit 90 % of the width on narrow screens.
void drawCentredLine(sf::RenderTarget& target, const sf::Font& font, const char* text, float size,
                     float centreY, sf::Color colour) {
    const sf::Vector2f targetSize(target.getSize());
    sf::Text line(utf8(text), font, static_cast<unsigned>(std::max(8.0F, std::round(size))));
    const float width = line.getLocalBounds().width;
    if (width > targetSize.x * 0.9F) {
        line.setCharacterSize(
            static_cast<unsigned>(std::max(8.0F, std::floor(size * targetSize.x * 0.9F / width))));
    }
    const sf::FloatRect bounds = line.getLocalBounds();
    line.setOrigin(bounds.left + bounds.width / 2, bounds.top + bounds.height / 2);
    line.setPosition(std::round(targetSize.x / 2), std::round(centreY));
    line.setFillColor(colour);
    target.draw(line);
}

} // namespace

sf::Color fatalBackground() { return {28, 40, 54}; } // a deep, quiet blue-grey: not an alarm colour

FatalScreen::FatalScreen() { m_hasFont = render::loadFont(m_font, render::kSansPath); }

void FatalScreen::draw(sf::RenderTarget& target, double seconds) const {
    const sf::Vector2f size(target.getSize());
    const sf::View previous = target.getView();
    target.setView(sf::View(sf::FloatRect(0, 0, size.x, size.y)));
    target.clear(fatalBackground());

    const float unit = std::min(size.x, size.y * 16.0F / 9.0F) / 100.0F; // 1 % of a 16:9 screen's width
    if (m_hasFont) {
        drawCentredLine(target, m_font, kFatalTitleSv, 4.2F * unit, size.y * 0.42F, sf::Color(240, 243, 247));
        drawCentredLine(target, m_font, kFatalTitleEn, 2.6F * unit, size.y * 0.42F + 5.5F * unit,
                        sf::Color(178, 192, 207));
    }
    // Three dots, each brightening in turn over 1.5 s: the screen is alive, the restart is on its way.
    const float radius = std::max(2.0F, 0.55F * unit);
    const float gap = 3.0F * radius;
    const float y = size.y * 0.42F + 12.0F * unit;
    for (int i = 0; i < 3; ++i) {
        const double phase = std::fmod(seconds / 1.5 - i / 3.0 + 1.0, 1.0);
        const auto alpha = static_cast<sf::Uint8>(90 + 140 * std::max(0.0, 1.0 - 3.0 * phase));
        sf::CircleShape dot(radius);
        dot.setOrigin(radius, radius);
        dot.setPosition(size.x / 2 + static_cast<float>(i - 1) * gap, y);
        dot.setFillColor(sf::Color(178, 192, 207, alpha));
        target.draw(dot);
    }
    target.setView(previous);
}

void showFatalScreen(sf::RenderWindow& window, double seconds) {
    const FatalScreen screen;
    window.setMouseCursorVisible(false);
    const sf::Clock clock;
    while (window.isOpen() && clock.getElapsedTime().asSeconds() < seconds) {
        for (sf::Event event{}; window.pollEvent(event);) {
            // Everything is ignored, Closed included: the restart comes by itself within seconds.
        }
        screen.draw(window, clock.getElapsedTime().asSeconds());
        window.display();
        sf::sleep(sf::milliseconds(33));
    }
}

void showFatalScreen(double seconds) {
    sf::RenderWindow window(sf::VideoMode::getDesktopMode(), "tidsatlas", sf::Style::Fullscreen);
    showFatalScreen(window, seconds);
}

} // namespace app
