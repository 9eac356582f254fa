#include "kiosk.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <utility>

namespace app {

// ---- KioskSession ----

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

// ---- exit protection ----

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

// ---- Heartbeat ----

namespace {

std::int64_t systemUnixSeconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

Heartbeat::Heartbeat(std::string path, double periodSeconds, WallClock wallClock)
    : m_path(std::move(path)), m_period(std::max(periodSeconds, 0.1)),
      m_wallClock(wallClock ? std::move(wallClock) : WallClock(systemUnixSeconds)),
      m_sinceBeat(m_period) /* so the first advance beats at once */ {}

void Heartbeat::advance(double dt) {
    if (m_path.empty()) return; // no heartbeat configured
    if (dt > 0) m_sinceBeat += dt;
    if (m_sinceBeat < m_period) return;
    m_sinceBeat = 0;
    beat();
}

bool Heartbeat::beat() {
    if (m_path.empty()) return false;
    namespace fs = std::filesystem;
    std::string problem;
    try {
        // Written beside the file and renamed over it, so a monitor reading the file never sees it
        // half written; the rename gives the file a fresh mtime too.
        const std::string temporary = m_path + ".tmp";
        {
            std::ofstream out(temporary, std::ios::trunc);
            out << m_wallClock() << '\n';
            out.flush();
            if (!out) problem = "cannot write " + temporary;
        }
        if (problem.empty()) {
            std::error_code ec;
            fs::rename(temporary, m_path, ec);
            if (ec) {
                problem = "cannot replace " + m_path + ": " + ec.message();
                fs::remove(temporary, ec);
            }
        }
    } catch (const std::exception& e) { // a heartbeat must never take the kiosk down
        problem = e.what();
    } catch (...) {
        problem = "unknown error";
    }
    m_lastOk = problem.empty();
    if (m_lastOk) {
        ++m_beats;
        m_reported = false;
    } else if (!m_reported) {
        std::cerr << "warning: heartbeat: " << problem << " (retrying every " << m_period << " s)\n";
        m_reported = true;
    }
    return m_lastOk;
}

} // namespace app
