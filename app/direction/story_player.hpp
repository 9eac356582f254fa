#pragma once
// Plays a story's scenes on a Playback: a scene jumps to its first year, plays to its last at its own
// tempo, then holds so the audience can read the caption. The presenter moves on by clicker; the kiosk's
// attract loop and the story video move on when a scene is finished. Time comes in as an argument.
#include "content/story.hpp"
#include "geodata/playback.hpp"

#include <cstddef>

namespace app {

class StoryPlayer {
  public:
    /// Seconds a scene stays at its last year when it does not say (holdSeconds 0).
    static constexpr double kDefaultHoldSeconds = 6.0;

    /// `story` must outlive the player.
    explicit StoryPlayer(const Story& story);

    [[nodiscard]] bool empty() const { return m_story.scenes.empty(); }
    [[nodiscard]] size_t sceneCount() const { return m_story.scenes.size(); }
    [[nodiscard]] size_t scene() const { return m_scene; }
    /// The scene shown; only valid when the story is not empty.
    [[nodiscard]] const Scene& current() const { return m_story.scenes[m_scene]; }

    /// Shows scene `index` (clamped): seeks `playback` to its first year and plays to its last with the
    /// scene's tempo; the tempo the playback had before comes back for scenes without one.
    void start(size_t index, geodata::Playback& playback);
    /// The next scene, after the last the first again (the attract loop).
    void startNextLooping(geodata::Playback& playback);
    /// Frame time, after playback.advance(dt): counts the hold once playback has stopped at the end.
    void advance(double dt, const geodata::Playback& playback);
    /// Played and held: time for the next scene.
    [[nodiscard]] bool finished() const;

  private:
    const Story& m_story;
    size_t m_scene = 0;
    double m_held = 0;
    bool m_started = false;
    double m_defaultYearsPerSecond = 0; // the playback's own tempo, remembered at the first start
};

/// Seconds the whole story takes when every scene plays and holds once, on a copy of `playback` (whose
/// range and tempo the app uses): for a story video's frame estimate.
[[nodiscard]] double storySeconds(const Story& story, const geodata::Playback& playback);

} // namespace app
