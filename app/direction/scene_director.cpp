#include "direction/scene_director.hpp"

namespace app {

namespace {
constexpr double kSceneGlideSeconds = 1.2;
} // namespace

SceneDirector::SceneDirector(const Story& story, const geodata::Dataset& dataset)
    : m_dataset(dataset), m_player(story) {}

void SceneDirector::show(size_t index, bool glide, Stage& stage) {
    if (m_player.empty()) return;
    m_player.start(index, stage.playback);
    const Scene& scene = m_player.current();
    m_showing = true;
    stage.choices.selectedBody.reset();
    if (!scene.highlightBodies.empty()) stage.choices.selectedBody = scene.highlightBodies.front();
    stage.glide.start(stage.choices.camera, stage.cameraFor(sceneView(scene, m_dataset)),
                      glide ? kSceneGlideSeconds : 0.0);
}

void SceneDirector::clear(MapChoices& choices) {
    m_showing = false;
    choices.selectedBody.reset();
}

void SceneDirector::look(ModeFrame& frame, Language language) const {
    if (!m_showing || m_player.empty()) return;
    const Scene& scene = m_player.current();
    frame.highlightUnits.insert(scene.highlightUnits.begin(), scene.highlightUnits.end());
    // No title: the year card shows the year, and a slide says it once (a title of "1952" over the caption
    // repeated it; a range's title repeated the year the card stops on).
    frame.storyCaption = render::Caption{"", pick(scene.caption, language), ""};
}

} // namespace app
