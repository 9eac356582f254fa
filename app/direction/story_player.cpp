#include "direction/story_player.hpp"

#include <algorithm>

namespace app {

StoryPlayer::StoryPlayer(const Story& story) : m_story(story) {}

void StoryPlayer::start(size_t index, geodata::Playback& playback) {
    if (empty()) return;
    if (!m_started) m_defaultYearsPerSecond = playback.tempo.yearsPerSecond;
    m_started = true;
    m_scene = std::min(index, sceneCount() - 1);
    m_held = 0;
    const Scene& s = current();
    playback.tempo.yearsPerSecond = s.yearsPerSecond > 0 ? s.yearsPerSecond : m_defaultYearsPerSecond;
    playback.setPlaying(false);
    playback.seek(s.fromYear);
    playback.playTo(s.toYear);
}

void StoryPlayer::startNextLooping(geodata::Playback& playback) {
    if (empty()) return;
    start((m_scene + 1) % sceneCount(), playback);
}

void StoryPlayer::advance(double dt, const geodata::Playback& playback) {
    if (!m_started || empty()) return;
    // Holding starts when the scene's last year is reached and its change has been seen.
    const bool arrived = !playback.playing() && playback.year() >= current().toYear &&
                         playback.secondsAtStop() > 1e8; // 1e9 = not at a stop any more
    if (arrived) m_held += dt;
}

bool StoryPlayer::finished() const {
    if (!m_started || empty()) return false;
    const double hold = current().holdSeconds > 0 ? current().holdSeconds : kDefaultHoldSeconds;
    return m_held >= hold;
}

double storySeconds(const Story& story, const geodata::Playback& appPlayback) {
    // The same player and playback the presenter uses, run without drawing.
    geodata::Playback playback = appPlayback;
    StoryPlayer player(story);
    double seconds = 0;
    constexpr double kStep = 1.0 / 60;
    constexpr double kLimit = 24 * 3600; // a story longer than a day is a mistake, not a talk
    for (size_t i = 0; i < story.scenes.size(); ++i) {
        player.start(i, playback);
        while (!player.finished() && seconds < kLimit) {
            playback.advance(kStep);
            player.advance(kStep, playback);
            seconds += kStep;
        }
    }
    return seconds;
}

} // namespace app
