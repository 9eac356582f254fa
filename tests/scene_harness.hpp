#pragma once
// A scene as a test drives it: the scene renderer and the frame builder, fed field by field with what
// playback, the shared choices and a mode would hand them in the app. draw() builds one snapshot and draws
// it, exactly as the shell does.
#include "frame/frame_builder.hpp"
#include "render/scene_renderer.hpp"

#include <optional>

namespace fixtures {

struct SceneHarness {
    SceneHarness(const app::Atlas& data, const app::Strings& words)
        : atlas(data), strings(words), renderer(data.dataset, data.timeline, data.population),
          frames(data, words, renderer.map()) {}

    /// The year shown, held still (an export's moment).
    void setYear(int year) { moment = geodata::Moment::still(year); }
    void fitCamera(sf::Vector2f size) {
        choices.camera.setViewport(size);
        choices.camera = renderer.fit(choices.camera, atlas.dataset.frame, size, snapshot());
    }
    /// The snapshot of the state as it is now.
    [[nodiscard]] render::SceneSnapshot snapshot() {
        render::SceneSnapshot s = frames.build(moment, choices, mode, look);
        if (!card) s.card.reset();
        if (bodyAppear) s.bodyAppear = *bodyAppear;
        return s;
    }
    const render::SceneLayout& draw(sf::RenderTarget& target) { return renderer.draw(target, snapshot()); }
    [[nodiscard]] render::SceneRenderer::Pick pick(sf::Vector2f screen) {
        return renderer.pick(screen, snapshot());
    }

    const app::Atlas& atlas;
    const app::Strings& strings;
    render::SceneRenderer renderer;
    app::FrameBuilder frames;
    geodata::Moment moment = geodata::Moment::still(0);
    app::MapChoices choices;
    app::ModeFrame mode;
    app::FrameLook look;
    bool card = true;                // the year card (no mode turns it off; the reuse test does)
    std::optional<float> bodyAppear; // instead of what playback's moment gives
};

} // namespace fixtures
