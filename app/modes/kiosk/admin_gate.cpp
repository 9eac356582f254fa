#include "modes/kiosk/admin_gate.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace app {

namespace {

// The digit a key types, from the main row or the numpad; -1 for any other key.
int digitOf(sf::Keyboard::Key key) {
    if (key >= sf::Keyboard::Num0 && key <= sf::Keyboard::Num9) return key - sf::Keyboard::Num0;
    if (key >= sf::Keyboard::Numpad0 && key <= sf::Keyboard::Numpad9) return key - sf::Keyboard::Numpad0;
    return -1;
}

// Longer than any configurable PIN (8), so a wrong long entry is still "wrong" and not silently cut.
constexpr std::size_t kMaxTyped = 16;

} // namespace

AdminGate::AdminGate(std::string pin, AdminChord chord, AdminGateTiming timing)
    : m_pin(std::move(pin)), m_chord(chord), m_timing(timing) {}

bool AdminGate::keyPressed(bool ctrl, bool alt, bool shift, sf::Keyboard::Key key) {
    const bool isChord =
        key == m_chord.key && ctrl == m_chord.ctrl && alt == m_chord.alt && shift == m_chord.shift;
    switch (m_state) {
    case AdminGateState::LockedOut:
        return isChord; // swallowed, and does nothing until the lockout ends
    case AdminGateState::Closed:
        if (!isChord) return false;
        m_state = AdminGateState::PinPrompt;
        m_typed.clear();
        m_lastWrong = false;
        m_stateSeconds = 0;
        return true;
    case AdminGateState::PinPrompt:
        break;
    }
    m_stateSeconds = 0; // typing keeps the prompt open
    if (const int digit = digitOf(key); digit >= 0) {
        if (m_typed.size() < kMaxTyped) m_typed.push_back(static_cast<char>('0' + digit));
    } else if (key == sf::Keyboard::Backspace) {
        if (!m_typed.empty()) m_typed.pop_back();
    } else if (key == sf::Keyboard::Enter) {
        submit();
    } else if (key == sf::Keyboard::Escape) {
        close();
    }
    // Every key is swallowed while the prompt is open, so PIN digits never reach the map.
    return true;
}

void AdminGate::submit() {
    // Enter with nothing typed is a slip, not a try. It also means an empty PIN can never match: a
    // missing PIN must not turn the chord alone into a way out.
    if (m_typed.empty()) return;
    if (m_typed == m_pin) {
        m_exitAllowed = true;
        m_wrongTries = 0;
        close();
        return;
    }
    ++m_wrongTries;
    close();
    m_lastWrong = true;
    if (m_wrongTries >= m_timing.triesBeforeLockout) {
        m_state = AdminGateState::LockedOut;
        m_stateSeconds = 0;
        m_wrongTries = 0;
    }
}

void AdminGate::close() {
    m_state = AdminGateState::Closed;
    m_typed.clear();
    m_stateSeconds = 0;
}

void AdminGate::advance(double dt) {
    if (dt <= 0 || m_state == AdminGateState::Closed) return;
    m_stateSeconds += dt;
    if (m_state == AdminGateState::LockedOut && m_stateSeconds >= m_timing.lockoutSeconds) close();
    if (m_state == AdminGateState::PinPrompt && m_stateSeconds >= m_timing.promptTimeoutSeconds) close();
}

double AdminGate::lockoutRemaining() const {
    if (m_state != AdminGateState::LockedOut) return 0;
    return std::max(0.0, m_timing.lockoutSeconds - m_stateSeconds);
}

std::string adminGateMessage(const AdminGate& gate, const Strings& strings) {
    switch (gate.state()) {
    case AdminGateState::LockedOut:
        return strings.format("kiosk.admin_locked", {static_cast<int>(std::ceil(gate.lockoutRemaining()))});
    case AdminGateState::PinPrompt:
        return strings.get("kiosk.admin_pin");
    case AdminGateState::Closed:
        break;
    }
    if (!gate.lastPinWrong()) return {};
    return strings.format("kiosk.admin_wrong_pin",
                          {gate.triesLeft(), static_cast<int>(std::lround(gate.lockoutSeconds()))});
}

} // namespace app
