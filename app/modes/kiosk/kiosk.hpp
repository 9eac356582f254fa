#pragma once
// Kiosk mode (--kiosk) as state machines: the visitor session (attract loop → interactive → "Är du
// kvar?" → attract), the staff's way out (admin chord + PIN), and a heartbeat file for a watchdog.
// Time comes in through advance(dt) and input through plain calls; nothing here reads a clock or owns a
// window, so every timeout is tested in microseconds.
#include <SFML/Window/Event.hpp>
#include <SFML/Window/Keyboard.hpp>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

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

/// Touches a file every period (writes the current Unix time into it, which also updates its mtime) so a
/// watchdog outside the app can see that the main loop still runs: a hung app stops the beats. Never
/// throws; a path that cannot be written is reported once on stderr and retried at every beat, so the
/// beats resume by themselves when the folder appears.
class Heartbeat {
  public:
    /// Seconds since 1970; injected in tests, the system clock otherwise.
    using WallClock = std::function<std::int64_t()>;

    Heartbeat(std::string path, double periodSeconds, WallClock wallClock = {});

    /// Frame time. The first call beats at once (a watchdog sees the app as soon as it runs), then every
    /// periodSeconds.
    void advance(double dt);
    /// Writes the file now; false when it could not be written.
    bool beat();

    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] int beats() const { return m_beats; } // successful writes
    [[nodiscard]] bool lastBeatOk() const { return m_lastOk; }

  private:
    std::string m_path;
    double m_period;
    WallClock m_wallClock;
    double m_sinceBeat;
    int m_beats = 0;
    bool m_lastOk = true;
    bool m_reported = false; // one stderr line per run of failures, not one per beat
};

} // namespace app
