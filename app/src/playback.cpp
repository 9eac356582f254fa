#include "playback.hpp"

#include <algorithm>

namespace app {

Playback::Playback(int firstYear, int lastYear, std::vector<int> changeYears)
    : m_first(firstYear), m_last(std::max(firstYear, lastYear)), m_changes(std::move(changeYears)),
      m_year(firstYear) {
    std::sort(m_changes.begin(), m_changes.end());
}

void Playback::advance(double seconds) {
    if (!m_playing) return;
    m_year += seconds * yearsPerSecond;
    if (m_year >= m_last) {
        m_year = m_last;
        m_playing = false; // stop at the end rather than loop: the presenter decides what comes next
    }
}

void Playback::togglePlay() { setPlaying(!m_playing); }

void Playback::setPlaying(bool playing) {
    if (playing && year() >= m_last) m_year = m_first; // play again from the start
    m_playing = playing;
}

void Playback::seek(int year) { m_year = std::clamp(year, m_first, m_last); }

void Playback::stepForward() {
    const auto next = std::upper_bound(m_changes.begin(), m_changes.end(), year());
    seek(next != m_changes.end() && *next <= m_last ? *next : m_last);
}

void Playback::stepBackward() {
    const auto prev = std::lower_bound(m_changes.begin(), m_changes.end(), year());
    if (prev == m_changes.begin() || *std::prev(prev) < m_first)
        seek(m_first);
    else
        seek(*std::prev(prev));
}

} // namespace app
