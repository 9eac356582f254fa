#pragma once
// Scene direction: a story's scenes played on the map. Showing a scene seeks playback to its years and
// plays them at its tempo, glides the camera to its view, and puts its units, its body and its caption
// in front. The presenter, the kiosk's attract loop and the story video all direct with this one piece.
#include "content/language.hpp"
#include "content/story.hpp"
#include "direction/camera_glide.hpp"
#include "direction/story_player.hpp"
#include "frame/map_choices.hpp"
#include "frame/mode_frame.hpp"

#include <functional>

namespace app {

/// What direction moves: the one playback, the camera's glide and the shared choices (the chosen body).
struct Stage {
    geodata::Playback& playback;
    CameraGlide& glide;
    MapChoices& choices;
    /// The camera that frames some bounds on this screen, with the mode's room for overlays.
    std::function<render::Camera(const geodata::Bounds&)> cameraFor;
};

class SceneDirector {
  public:
    /// `story` and `dataset` must outlive the director.
    SceneDirector(const Story& story, const geodata::Dataset& dataset);

    [[nodiscard]] bool empty() const { return m_player.empty(); }
    [[nodiscard]] size_t sceneCount() const { return m_player.sceneCount(); }
    [[nodiscard]] size_t scene() const { return m_player.scene(); }
    /// The scene showing has played and held (the attract loop and the video move on then).
    [[nodiscard]] bool finished() const { return m_player.finished(); }

    /// Shows scene `index` (clamped): its years play, the camera glides there (or jumps), its first body is
    /// chosen. Nothing happens for an empty story.
    void show(size_t index, bool glide, Stage& stage);
    /// Frame time, after playback has advanced.
    void advance(double dt, const geodata::Playback& playback) { m_player.advance(dt, playback); }
    /// The scene's look goes: no highlights, no story caption, no chosen body.
    void clear(MapChoices& choices);
    /// The scene's highlights and its caption in `language`, while a scene is shown.
    void look(ModeFrame& frame, Language language) const;

  private:
    const geodata::Dataset& m_dataset;
    StoryPlayer m_player;
    bool m_showing = false;
};

} // namespace app
