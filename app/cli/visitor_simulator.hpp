#pragma once
// Simulated kiosk visitors for the soak: they arrive, tap the map and the controls, drag, zoom, switch
// views and languages, sometimes answer "Är du kvar?" and sometimes walk away. Deterministic for a seed.
#include <SFML/System/Vector2.hpp>
#include <cstdint>
#include <random>
#include <string>

namespace app {

class AppShell;

/// What the simulated visitors did, for the report and for tests that check the run exercised the app.
struct VisitorCounts {
    long visits = 0;             // visitors who woke the attract loop
    long mapTaps = 0;            // taps on the map (they select what is under the finger)
    long controlTaps = 0;        // taps in the kiosk's control bar
    long drags = 0;              // pans with a finger
    long zooms = 0;              // wheel steps (pinch on a touch screen arrives as wheel)
    long keys = 0;               // arrow keys and space from a keyboard left out
    long viewSwitches = 0;       // units / density / circles
    long languageSwitches = 0;   // sv / en
    long yearJumps = 0;          // ticks and the slider
    long answeredStillThere = 0; // taps during the "Är du kvar?" countdown
    long wrongPins = 0;          // someone tried the admin chord with a wrong PIN
};

/// A crowd of visitors for one AppShell in kiosk mode, one visitor at a time. Deterministic for a seed.
class VisitorSimulator {
  public:
    VisitorSimulator(std::uint32_t seed, sf::Vector2u size, std::string pin);

    /// Sends this frame's events to the app (most frames none) and returns.
    void step(AppShell& app, double dt);

    [[nodiscard]] const VisitorCounts& counts() const { return m_counts; }

  private:
    enum class Phase { Away, Visiting, Leaving, ComingBack };

    void act(AppShell& app);
    void tap(AppShell& app, float x, float y);
    void drag(AppShell& app);
    void key(AppShell& app, int code, bool ctrl = false, bool alt = false, bool shift = false);
    void tryWrongPin(AppShell& app);
    double uniform(double low, double high);
    float randomX();
    float randomY(float top, float bottom);

    std::mt19937 m_random;
    sf::Vector2u m_size;
    std::string m_pin;
    Phase m_phase = Phase::Away;
    double m_wait = 0; // simulated seconds until the next action
    int m_actionsLeft = 0;
    VisitorCounts m_counts;
};

} // namespace app
