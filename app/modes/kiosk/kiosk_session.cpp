#include "modes/kiosk/kiosk_session.hpp"

#include <algorithm>
#include <utility>

namespace app {

KioskSession::KioskSession(KioskTiming timing) : m_timing(timing) {}

void KioskSession::advance(double dt) {
    if (dt <= 0) return;
    if (m_state == KioskState::Interactive) {
        m_idle += dt;
        if (m_idle < m_timing.idleSeconds) return;
        // Whatever the frame overshot the idle limit by already counts towards the countdown.
        dt = m_idle - m_timing.idleSeconds;
        m_state = KioskState::StillThere;
        m_countdown = 0;
    }
    if (m_state == KioskState::StillThere) {
        m_countdown += dt;
        if (m_countdown < m_timing.countdownSeconds) return;
        m_state = KioskState::Attract;
        m_idle = 0;
        m_countdown = 0;
        m_reset = true;
        m_entered = false; // a wake-up nobody consumed is stale now
    }
}

bool KioskSession::input() {
    const KioskState before = m_state;
    if (before == KioskState::Attract) m_entered = true;
    m_state = KioskState::Interactive;
    m_idle = 0;
    m_countdown = 0;
    return before != KioskState::Interactive;
}

double KioskSession::countdownRemaining() const {
    if (m_state != KioskState::StillThere) return 0;
    return std::max(0.0, m_timing.countdownSeconds - m_countdown);
}

bool KioskSession::takeEnteredInteractive() { return std::exchange(m_entered, false); }

bool KioskSession::takeReset() { return std::exchange(m_reset, false); }

bool kioskIgnores(const sf::Event& event) {
    switch (event.type) {
    case sf::Event::Closed:
        return true;
    case sf::Event::KeyPressed:
    case sf::Event::KeyReleased:
        return event.key.code == sf::Keyboard::Escape ||
               (event.key.alt && event.key.code == sf::Keyboard::F4);
    default:
        return false;
    }
}

} // namespace app
