#include "cli/visitor_simulator.hpp"

#include "modes/kiosk/kiosk_session.hpp"
#include "shell/app_shell.hpp"

namespace app {

namespace {

sf::Event mouseButton(sf::Event::EventType type, float x, float y) {
    sf::Event e{};
    e.type = type;
    e.mouseButton.button = sf::Mouse::Left;
    e.mouseButton.x = static_cast<int>(x);
    e.mouseButton.y = static_cast<int>(y);
    return e;
}

sf::Event mouseMove(float x, float y) {
    sf::Event e{};
    e.type = sf::Event::MouseMoved;
    e.mouseMove.x = static_cast<int>(x);
    e.mouseMove.y = static_cast<int>(y);
    return e;
}

} // namespace

VisitorSimulator::VisitorSimulator(std::uint32_t seed, sf::Vector2u size, std::string pin)
    : m_random(seed), m_size(size), m_pin(std::move(pin)) {
    m_wait = uniform(1, 30);
}

double VisitorSimulator::uniform(double low, double high) {
    return std::uniform_real_distribution<double>(low, high)(m_random);
}

float VisitorSimulator::randomX() { return static_cast<float>(uniform(2, m_size.x - 2.0)); }

float VisitorSimulator::randomY(float top, float bottom) { return static_cast<float>(uniform(top, bottom)); }

void VisitorSimulator::tap(AppShell& app, float x, float y) {
    app.handle(mouseButton(sf::Event::MouseButtonPressed, x, y));
    app.handle(mouseButton(sf::Event::MouseButtonReleased, x, y));
}

void VisitorSimulator::key(AppShell& app, int code, bool ctrl, bool alt, bool shift) {
    sf::Event e{};
    e.type = sf::Event::KeyPressed;
    e.key.code = static_cast<sf::Keyboard::Key>(code);
    e.key.control = ctrl;
    e.key.alt = alt;
    e.key.shift = shift;
    app.handle(e);
    e.type = sf::Event::KeyReleased;
    app.handle(e);
}

void VisitorSimulator::drag(AppShell& app) {
    const auto h = static_cast<float>(m_size.y);
    float x = randomX();
    float y = randomY(0, h * 0.6F);
    app.handle(mouseButton(sf::Event::MouseButtonPressed, x, y));
    const auto dx = static_cast<float>(uniform(-80, 80));
    const auto dy = static_cast<float>(uniform(-80, 80));
    for (int i = 0; i < 5; ++i) {
        x += dx / 5;
        y += dy / 5;
        app.handle(mouseMove(x, y));
    }
    app.handle(mouseButton(sf::Event::MouseButtonReleased, x, y));
    ++m_counts.drags;
}

// The chord, a PIN that is surely wrong (the right one would end the soak), Enter.
void VisitorSimulator::tryWrongPin(AppShell& app) {
    key(app, sf::Keyboard::K, true, true, true);
    std::string wrong;
    do {
        wrong = std::to_string(std::uniform_int_distribution<int>(1000, 9999)(m_random));
    } while (wrong == m_pin);
    for (const char digit : wrong) key(app, sf::Keyboard::Num0 + (digit - '0'));
    key(app, sf::Keyboard::Enter);
    ++m_counts.wrongPins;
}

// One thing a visitor does at the screen.
void VisitorSimulator::act(AppShell& app) {
    const auto h = static_cast<float>(m_size.y);
    const double roll = uniform(0, 100);
    UiIntent intent;
    if (roll < 35) {
        tap(app, randomX(), randomY(0, h * 0.7F)); // on the map: a municipality, or the sea
        ++m_counts.mapTaps;
    } else if (roll < 55) {
        tap(app, randomX(), randomY(h * 0.7F, h - 1)); // the control bar: buttons, slider, languages
        ++m_counts.controlTaps;
    } else if (roll < 65) {
        drag(app);
    } else if (roll < 73) {
        sf::Event e{};
        e.type = sf::Event::MouseWheelScrolled;
        e.mouseWheelScroll.wheel = sf::Mouse::VerticalWheel;
        e.mouseWheelScroll.delta = uniform(0, 1) < 0.5 ? -1.0F : 1.0F;
        e.mouseWheelScroll.x = static_cast<int>(randomX());
        e.mouseWheelScroll.y = static_cast<int>(randomY(0, h * 0.6F));
        app.handle(e);
        ++m_counts.zooms;
    } else if (roll < 80) {
        const int which = std::uniform_int_distribution<int>(0, 2)(m_random);
        intent.view = which == 0 ? MapView::Units : which == 1 ? MapView::Density : MapView::Circles;
        app.request(intent);
        ++m_counts.viewSwitches;
    } else if (roll < 87) {
        intent.language = uniform(0, 1) < 0.5 ? Language::Swedish : Language::English;
        app.request(intent);
        ++m_counts.languageSwitches;
    } else if (roll < 94) {
        const int first = app.playback().firstYear();
        const int last = app.playback().lastYear();
        intent.seekYear = std::uniform_int_distribution<int>(first, last)(m_random);
        app.request(intent);
        ++m_counts.yearJumps;
    } else if (roll < 99.5) {
        constexpr int kKeys[] = {sf::Keyboard::Left, sf::Keyboard::Right, sf::Keyboard::Space,
                                 sf::Keyboard::Home, sf::Keyboard::Escape};
        key(app, kKeys[std::uniform_int_distribution<int>(0, 4)(m_random)]);
        ++m_counts.keys;
    } else {
        tryWrongPin(app);
    }
}

void VisitorSimulator::step(AppShell& app, double dt) {
    m_wait -= dt;
    switch (m_phase) {
    case Phase::Away: // the attract loop plays until someone comes
        if (m_wait > 0) return;
        tap(app, randomX(), randomY(0, static_cast<float>(m_size.y)));
        ++m_counts.visits;
        m_phase = Phase::Visiting;
        m_actionsLeft = std::uniform_int_distribution<int>(3, 40)(m_random);
        m_wait = uniform(0.3, 4);
        return;
    case Phase::Visiting:
        if (m_wait > 0) return;
        act(app);
        m_wait = uniform(0.3, 15);
        if (--m_actionsLeft > 0) return;
        // One in five drifts off and comes back when "Är du kvar?" asks; the others walk away.
        m_phase = uniform(0, 1) < 0.2 ? Phase::ComingBack : Phase::Leaving;
        return;
    case Phase::ComingBack:
        if (app.kiosk().state() != KioskState::StillThere) return;
        tap(app, randomX(), randomY(0, static_cast<float>(m_size.y) * 0.6F));
        ++m_counts.answeredStillThere;
        m_phase = Phase::Visiting;
        m_actionsLeft = std::uniform_int_distribution<int>(1, 10)(m_random);
        m_wait = uniform(0.3, 4);
        return;
    case Phase::Leaving: // until the countdown has run out and the kiosk is back in its loop
        if (app.kiosk().state() != KioskState::Attract) return;
        m_phase = Phase::Away;
        m_wait = uniform(0, 240);
        return;
    }
}

} // namespace app
