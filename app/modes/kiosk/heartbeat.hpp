#pragma once
// A heartbeat file for a watchdog outside the app.
#include <cstdint>
#include <functional>
#include <string>

namespace app {

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
