#pragma once
// The year shown and how it moves. Playing advances through the years; on reaching a change
// year the map transitions (about a second) and holds briefly, whatever the speed, so no change
// is ever skipped. Event years (a body founded, a milestone) hold without a transition.
// Time comes in as an argument (advance(dt)); nothing here reads a clock.
#include "geodata/transition.hpp"

#include <optional>
#include <vector>

namespace geodata {

/// Where playback is at one instant, as plain data: what a frame is drawn from. The year lives in the
/// Playback; a Moment is a read-only copy of it, handed down once per frame.
/// Moment::secondsAtStop when playback is not at a stop: long past any fade that starts at one.
inline constexpr double kNotAtStop = 1e9;

struct Moment {
    int year = 0;
    double exactYear = 0; // with the fraction playback is at: what grows smoothly between years
    std::optional<Transition> transition;
    double secondsAtStop = kNotAtStop; // since playback arrived at the current stop; large when not at one

    /// A year held still, as an export of one year shows it.
    [[nodiscard]] static Moment still(int year) { return {year, static_cast<double>(year), {}, kNotAtStop}; }
};

struct PlaybackTempo {
    double yearsPerSecond = 12.0;   // between stops
    double transitionSeconds = 0.9; // a change's cross-fade
    double changeHoldSeconds = 0.6; // looking at the new map
    double eventHoldSeconds = 0.6;  // a year with an event but no boundary change
};

class Playback {
  public:
    Playback(int firstYear, int lastYear, std::vector<int> changeYears, std::vector<int> eventYears = {});

    void advance(double seconds);
    void togglePlay();
    void setPlaying(bool playing);
    /// Plays from the year shown up to `stopYear` and stops there (after its transition and hold), as a
    /// story scene does. A later setPlaying or togglePlay plays on to the end again.
    void playTo(int stopYear);
    /// Jumps without animation (slider, tick, lineage link).
    void seek(int year);
    /// To the next (previous) change year, animating the change: the presenter's clicker.
    void stepForward();
    void stepBackward();

    [[nodiscard]] int year() const { return static_cast<int>(m_year); }
    /// The year with its fraction, for what grows smoothly between years (population circles).
    [[nodiscard]] double exactYear() const { return m_year; }
    /// Seconds since playback arrived at the current stop; large when not at one.
    [[nodiscard]] double secondsAtStop() const { return m_stop ? m_stop->elapsed : kNotAtStop; }
    [[nodiscard]] bool playing() const { return m_playing; }
    [[nodiscard]] int firstYear() const { return m_first; }
    [[nodiscard]] int lastYear() const { return m_last; }
    [[nodiscard]] const std::vector<int>& changeYears() const { return m_changes; }
    /// The cross-fade under way, if any (not during the hold that follows it).
    [[nodiscard]] std::optional<Transition> transition() const;
    /// This instant as plain data.
    [[nodiscard]] Moment moment() const { return {year(), exactYear(), transition(), secondsAtStop()}; }
    /// Seconds that playing from the first to the last year takes at this tempo.
    [[nodiscard]] double fullRunSeconds() const;

    PlaybackTempo tempo;

  private:
    struct Stop {
        int fromYear;
        int toYear;
        double elapsed;
        double length; // transition + hold, or hold only
        bool animated;
    };
    [[nodiscard]] std::optional<int> nextStopAfter(int year) const;
    void startStop(int fromYear, int toYear);

    int m_first;
    int m_last;
    std::vector<int> m_changes;
    std::vector<int> m_events;
    double m_year;
    bool m_playing = false;
    std::optional<int> m_stopAt; // playTo's year; none = play to the last year
    std::optional<Stop> m_stop;
};

} // namespace geodata
