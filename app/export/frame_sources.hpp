#pragma once
// Where a video's frames come from: playback over a range of years as the explorer's play button shows
// it, or the story's scenes exactly as the presenter shows them (directed by the same SceneDirector, with
// the projector's text size). Both build each frame with the FrameBuilder, as the window does.
#include "content/atlas.hpp"
#include "content/i18n.hpp"
#include "content/story.hpp"
#include "direction/camera_glide.hpp"
#include "direction/scene_director.hpp"
#include "export/video_export.hpp"
#include "frame/frame_builder.hpp"
#include "render/scene_renderer.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <memory>
#include <optional>

namespace app {

class FrameSource {
  public:
    virtual ~FrameSource() = default;
    /// Draws the next frame; false when there are no more.
    virtual bool next(sf::RenderTarget& target) = 0;
    /// Frames in all (exact for a range of years, estimated for a story).
    [[nodiscard]] virtual int estimatedFrames() const = 0;
};

/// Playback from one year to another.
class RangeSource : public FrameSource {
  public:
    RangeSource(const Atlas& atlas, const Options& look, const VideoRequest& request);
    bool next(sf::RenderTarget& target) override;
    [[nodiscard]] int estimatedFrames() const override { return m_total; }

  private:
    Strings m_strings; // before the builder, which words the map from it
    render::SceneRenderer m_scene;
    FrameBuilder m_frames;
    geodata::Playback m_playback;
    MapChoices m_choices;
    int m_total;
    int m_fps;
    int m_frame = 0;
};

/// The story's scenes: each plays and holds, then the next, as a presenter clicking on cue.
class StorySource : public FrameSource {
  public:
    StorySource(std::shared_ptr<const Atlas> atlas, const Options& look, const VideoRequest& request);
    bool next(sf::RenderTarget& target) override;
    [[nodiscard]] int estimatedFrames() const override { return m_estimate; }
    [[nodiscard]] bool empty() const { return m_story.scenes.empty(); }
    /// What was wrong with the story file, one line each ("story.json /scenes/2/year: …").
    [[nodiscard]] const std::vector<std::string>& problems() const { return m_problems; }

  private:
    void advance(double dt);

    std::shared_ptr<const Atlas> m_atlas;
    Strings m_strings;
    std::vector<std::string> m_problems;
    Story m_story;
    render::SceneRenderer m_scene;
    FrameBuilder m_frames;
    geodata::Playback m_playback;
    MapChoices m_choices;
    CameraGlide m_glide;
    SceneDirector m_director;
    Stage m_stage;
    FrameLook m_look;
    std::optional<size_t> m_cue; // the scene to show at the next frame's time (a click on cue)
    int m_fps;
    int m_estimate = 0;
    int m_frame = 0;
    bool m_ended = false;
};

} // namespace app
