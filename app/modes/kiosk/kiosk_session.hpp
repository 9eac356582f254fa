#pragma once
// The kiosk's visitor session as a state machine: attract loop → interactive → "Är du kvar?" → attract.
// Time comes in through advance(dt) and input through plain calls; nothing here reads a clock or owns a
// window, so every timeout is tested in microseconds.
#include <SFML/Window/Event.hpp>

namespace app {

enum class KioskState {
    Attract,     // nobody there: the story plays in a loop under "Tryck för att utforska / Touch to explore"
    Interactive, // a visitor uses the map
    StillThere,  // no input for idleSeconds: the "Är du kvar?" countdown
};

struct KioskTiming {
    double idleSeconds = 60;      // Interactive without input this long → StillThere
    double countdownSeconds = 10; // StillThere this long → Attract, with everything reset
};

class KioskSession {
  public:
    explicit KioskSession(KioskTiming timing = {});

    /// Frame time. The idle timer runs only in Interactive and the countdown only in StillThere: during
    /// the attract loop nothing runs, so a kiosk left alone overnight is still in Attract in the morning
    /// and never resets in a loop. A long dt (the PC was suspended) goes through both steps at once.
    void advance(double dt);
    /// Any touch, click, key or wheel from a visitor.
    /// - Attract → Interactive, and takeEnteredInteractive() turns true (the app keeps the year showing).
    /// - Interactive: restarts the idle timer.
    /// - StillThere → Interactive ("yes, I am still here").
    /// Returns true when the input only woke the kiosk or answered the countdown (Attract, StillThere):
    /// the app should then not pass it on, so the first touch does not also select a unit under the finger.
    bool input();

    [[nodiscard]] KioskState state() const { return m_state; }
    /// Seconds since the last input, in Interactive; 0 otherwise.
    [[nodiscard]] double idleSeconds() const { return m_state == KioskState::Interactive ? m_idle : 0; }
    /// Seconds left of the "Är du kvar?" countdown, in StillThere; 0 otherwise.
    [[nodiscard]] double countdownRemaining() const;
    /// True once after the attract loop was left by a visitor's input.
    [[nodiscard]] bool takeEnteredInteractive();
    /// True once after the countdown ran out and the session went back to Attract: the app then resets
    /// the selection, the view and the language, and restarts the attract loop.
    [[nodiscard]] bool takeReset();
    [[nodiscard]] const KioskTiming& timing() const { return m_timing; }

  private:
    KioskTiming m_timing;
    KioskState m_state = KioskState::Attract;
    double m_idle = 0;      // Interactive: seconds since the last input
    double m_countdown = 0; // StillThere: seconds elapsed of the countdown
    bool m_entered = false;
    bool m_reset = false;
};

/// The events a kiosk must not act on: the window's close button and Alt+F4 (a window manager sends
/// both as sf::Event::Closed), Alt+F4 as a key when there is no window manager, and Escape. A visitor
/// can press any of these; only the admin chord and PIN end the kiosk.
[[nodiscard]] bool kioskIgnores(const sf::Event& event);

} // namespace app
