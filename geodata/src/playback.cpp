#include "geodata/playback.hpp"

#include <algorithm>

namespace geodata {

namespace {
std::vector<int> sortedWithin(std::vector<int> years, int first, int last) {
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    std::erase_if(years, [&](int y) { return y <= first || y > last; });
    return years;
}

bool contains(const std::vector<int>& sorted, int year) {
    return std::binary_search(sorted.begin(), sorted.end(), year);
}
} // namespace

Playback::Playback(int firstYear, int lastYear, std::vector<int> changeYears, std::vector<int> eventYears)
    : m_first(firstYear), m_last(std::max(firstYear, lastYear)),
      m_changes(sortedWithin(std::move(changeYears), m_first, m_last)),
      m_events(sortedWithin(std::move(eventYears), m_first, m_last)), m_year(firstYear) {}

std::optional<int> Playback::nextStopAfter(int year) const {
    std::optional<int> next;
    for (const auto* list : {&m_changes, &m_events}) {
        const auto it = std::upper_bound(list->begin(), list->end(), year);
        if (it != list->end() && (!next || *it < *next)) next = *it;
    }
    return next;
}

void Playback::startStop(int fromYear, int toYear) {
    const bool animated = contains(m_changes, toYear) || fromYear != toYear - 1;
    const double hold = contains(m_changes, toYear) ? tempo.changeHoldSeconds : tempo.eventHoldSeconds;
    m_year = toYear;
    m_stop = Stop{fromYear, toYear, 0.0, (animated ? tempo.transitionSeconds : 0.0) + hold, animated};
}

void Playback::advance(double seconds) {
    while (seconds > 0.0) {
        if (m_stop) {
            const double left = m_stop->length - m_stop->elapsed;
            if (seconds < left) {
                m_stop->elapsed += seconds;
                return;
            }
            seconds -= left;
            m_stop.reset();
            continue;
        }
        if (!m_playing) return;
        const int end = std::min(m_stopAt.value_or(m_last), m_last);
        if (year() >= end) {
            m_year = std::max(m_year, static_cast<double>(end));
            m_playing = false; // stop at the end rather than loop: the presenter decides what comes next
            m_stopAt.reset();
            return;
        }
        const int target = std::min(nextStopAfter(year()).value_or(end), end);
        const double needed = (target - m_year) / tempo.yearsPerSecond;
        if (seconds < needed) {
            m_year += seconds * tempo.yearsPerSecond;
            return;
        }
        seconds -= needed;
        if (nextStopAfter(year()) == target)
            startStop(target - 1, target);
        else
            m_year = target;
    }
}

void Playback::togglePlay() { setPlaying(!m_playing); }

void Playback::setPlaying(bool playing) {
    if (playing && year() >= m_last) seek(m_first); // play again from the start
    m_playing = playing;
    m_stopAt.reset();
}

void Playback::playTo(int stopYear) {
    m_stopAt = std::clamp(stopYear, m_first, m_last);
    m_playing = year() < *m_stopAt;
}

void Playback::seek(int year) {
    m_stop.reset();
    m_year = std::clamp(year, m_first, m_last);
}

void Playback::stepForward() {
    const int shown = year();
    const auto next = std::upper_bound(m_changes.begin(), m_changes.end(), shown);
    const int target = next != m_changes.end() ? *next : m_last;
    if (target == shown) return;
    m_playing = false;
    startStop(shown, target);
}

void Playback::stepBackward() {
    const int shown = year();
    const auto prev = std::lower_bound(m_changes.begin(), m_changes.end(), shown);
    const int target = prev == m_changes.begin() ? m_first : *std::prev(prev);
    if (target == shown) return;
    m_playing = false;
    startStop(shown, target);
}

std::optional<Transition> Playback::transition() const {
    if (!m_stop || !m_stop->animated || m_stop->elapsed >= tempo.transitionSeconds) return std::nullopt;
    return Transition{m_stop->fromYear, m_stop->toYear,
                      static_cast<float>(m_stop->elapsed / tempo.transitionSeconds)};
}

double Playback::fullRunSeconds() const {
    const double stops =
        static_cast<double>(m_changes.size()) * (tempo.transitionSeconds + tempo.changeHoldSeconds);
    double events = 0.0;
    for (int y : m_events)
        if (!contains(m_changes, y)) events += tempo.eventHoldSeconds;
    return (m_last - m_first) / tempo.yearsPerSecond + stops + events;
}

} // namespace geodata
