#pragma once
// The year shown and how it moves: play/pause, speed, stepping between change years.
// Time comes in as an argument (advance(dt)); nothing here reads a clock.
#include <vector>

namespace app {

class Playback {
  public:
    Playback(int firstYear, int lastYear, std::vector<int> changeYears);

    void advance(double seconds);
    void togglePlay();
    void setPlaying(bool playing);
    void seek(int year);
    void stepForward();  // to the next change year (or the end)
    void stepBackward(); // to the previous change year (or the start)

    [[nodiscard]] int year() const { return static_cast<int>(m_year); }
    [[nodiscard]] double exactYear() const { return m_year; }
    [[nodiscard]] bool playing() const { return m_playing; }
    [[nodiscard]] int firstYear() const { return m_first; }
    [[nodiscard]] int lastYear() const { return m_last; }
    [[nodiscard]] const std::vector<int>& changeYears() const { return m_changes; }
    double yearsPerSecond = 5.0;

  private:
    int m_first;
    int m_last;
    std::vector<int> m_changes;
    double m_year;
    bool m_playing = false;
};

} // namespace app
