#pragma once
// What the shell shares with the mode in charge: the data, the words, the one playback, the shared
// choices about the map, and a few services (fit the camera, switch mode, quit). A mode keeps its own
// state; everything here outlives it.
#include "content/atlas.hpp"
#include "content/i18n.hpp"
#include "content/story.hpp"
#include "direction/camera_glide.hpp"
#include "direction/scene_director.hpp"
#include "frame/map_choices.hpp"
#include "geodata/playback.hpp"
#include "platform/app_config.hpp"
#include "platform/options.hpp"
#include "render/scene_renderer.hpp"

#include <SFML/System/Vector2.hpp>
#include <string>
#include <vector>

namespace app {

class ExportJob;

enum class AppMode { Explore, Teach, Present, Kiosk };

/// What a mode may ask of the shell.
class ShellServices {
  public:
    virtual ~ShellServices() = default;
    /// Fits the camera to the data above the mode's panels and caption.
    virtual void fitCamera() = 0;
    /// The camera that frames `bounds` the way fitCamera frames the whole map.
    [[nodiscard]] virtual render::Camera cameraFor(const geodata::Bounds& bounds) const = 0;
    /// Replaces the mode in charge after the current call returns.
    virtual void switchTo(AppMode mode) = 0;
    virtual void quit(int exitCode) = 0;
    /// A line for the operator's problems panel.
    virtual void addProblem(std::string problem) = 0;
};

struct ModeContext {
    const Atlas& atlas;
    const std::shared_ptr<const Atlas>& sharedAtlas; // for work that outlives a frame (a video export)
    const Story& story;
    Strings& strings;
    geodata::Playback& playback;
    MapChoices& choices;
    CameraGlide& glide;
    render::SceneRenderer& scene;
    ExportJob& exports;
    const std::vector<std::string>& problems;
    const Options& options;
    const AppConfig& config;
    sf::Vector2u size;
    double clock; // seconds since the app started, for pointer and pulse timers
    ShellServices& shell;

    [[nodiscard]] sf::Vector2f sizeF() const {
        return {static_cast<float>(size.x), static_cast<float>(size.y)};
    }
};

/// What a mode's scene direction moves: the shell's playback, glide and choices, and its camera fit.
[[nodiscard]] inline Stage stageOf(ModeContext& ctx) {
    return {ctx.playback, ctx.glide, ctx.choices,
            [&ctx](const geodata::Bounds& bounds) { return ctx.shell.cameraFor(bounds); }};
}

} // namespace app
