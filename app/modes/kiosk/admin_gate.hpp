#pragma once
// The staff's way out of the kiosk (admin chord + PIN), as a state machine fed with keys and time.
#include "content/i18n.hpp"

#include <SFML/Window/Keyboard.hpp>
#include <cstddef>
#include <string>

namespace app {

/// The key combination that opens the PIN prompt. Ctrl+Alt+Shift+K by default: three modifiers plus a
/// letter cannot happen by accident on a touch screen or by a visitor mashing a keyboard.
struct AdminChord {
    bool ctrl = true;
    bool alt = true;
    bool shift = true;
    sf::Keyboard::Key key = sf::Keyboard::K;
};

struct AdminGateTiming {
    int triesBeforeLockout = 3;
    double lockoutSeconds = 30;       // after that many wrong PINs the chord does nothing this long
    double promptTimeoutSeconds = 30; // an abandoned prompt closes by itself, so visitors never see it
};

enum class AdminGateState { Closed, PinPrompt, LockedOut };

/// The staff's way out of the kiosk: the chord opens a PIN prompt, digits (main row or numpad) then
/// Enter check the PIN. Right → exitAllowed(). Wrong → closed again; after triesBeforeLockout wrong PINs
/// in a row the chord is locked out for lockoutSeconds. Esc closes the prompt; Backspace removes a digit.
/// Digits typed without the chord do nothing.
class AdminGate {
  public:
    explicit AdminGate(std::string pin, AdminChord chord = {}, AdminGateTiming timing = {});

    /// Every key press, with the modifiers held. Returns true when the gate used the key (the prompt is
    /// open, or it was the chord): the app must then not pass it on to the map or the kiosk session.
    bool keyPressed(bool ctrl, bool alt, bool shift, sf::Keyboard::Key key);
    /// Frame time, for the lockout and the prompt's timeout.
    void advance(double dt);

    [[nodiscard]] AdminGateState state() const { return m_state; }
    [[nodiscard]] bool promptOpen() const { return m_state == AdminGateState::PinPrompt; }
    /// How many digits are typed, to draw as dots (the digits themselves are not exposed).
    [[nodiscard]] std::size_t digitsTyped() const { return m_typed.size(); }
    /// Wrong PINs since the last right one or the last lockout.
    [[nodiscard]] int wrongTries() const { return m_wrongTries; }
    /// True when the last PIN entered was wrong and the prompt closed because of it, until the chord opens
    /// the prompt again; for a short "Fel PIN" message.
    [[nodiscard]] bool lastPinWrong() const { return m_lastWrong; }
    [[nodiscard]] double lockoutRemaining() const;
    /// Wrong PINs that may still be entered before the lock-out, and how long the lock-out lasts: what the
    /// "Fel kod" message tells the staff.
    [[nodiscard]] int triesLeft() const { return m_timing.triesBeforeLockout - m_wrongTries; }
    [[nodiscard]] double lockoutSeconds() const { return m_timing.lockoutSeconds; }
    /// The right PIN was entered: the app may close.
    [[nodiscard]] bool exitAllowed() const { return m_exitAllowed; }

  private:
    void close();
    void submit();

    std::string m_pin;
    AdminChord m_chord;
    AdminGateTiming m_timing;
    AdminGateState m_state = AdminGateState::Closed;
    std::string m_typed;
    int m_wrongTries = 0;
    bool m_lastWrong = false;
    double m_stateSeconds = 0; // time in the current prompt or lockout
    bool m_exitAllowed = false;
};

/// The status line of the staff's PIN box, in the chosen language: "Ange PIN-kod" while it is open; after a
/// wrong PIN how many tries are left before the lock-out and how long it lasts; during the lock-out how long
/// is left. Empty when there is nothing to say.
[[nodiscard]] std::string adminGateMessage(const AdminGate& gate, const Strings& strings);

} // namespace app
