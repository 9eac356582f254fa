#include "export/png_export.hpp"

#include "export/layout_report.hpp"
#include "export/write_failure.hpp"
#include "frame/frame_builder.hpp"
#include "platform/antialiasing.hpp"
#include "platform/sample_level.hpp"
#include "render/scene_renderer.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <cstdio>

namespace app {

int exportPng(const Atlas& atlas, const Strings& strings, const Options& options, int year) {
    const Size size = options.size;
    const std::string& file = options.exportPng;
    sf::RenderTexture texture;
    sf::ContextSettings settings;
    settings.antialiasingLevel = supportedSampleLevel(samplesFor(options));
    if (!texture.create(size.width, size.height, settings)) {
        std::fprintf(stderr, "tidsatlas: cannot create a %ux%u offscreen image (graphics driver)\n",
                     size.width, size.height);
        return 1;
    }
    render::SceneRenderer scene(atlas.dataset, atlas.timeline, atlas.population);
    FrameBuilder frames(atlas, strings, scene.map());
    MapChoices choices;
    choices.view = parseMapView(options.view);
    const sf::Vector2f pixels(static_cast<float>(size.width), static_cast<float>(size.height));
    choices.camera.setViewport(pixels);
    render::SceneSnapshot snapshot = frames.build(geodata::Moment::still(year), choices, {}, {});
    snapshot.map.camera = scene.fit(snapshot.map.camera, atlas.dataset.bounds, pixels, snapshot);
    scene.draw(texture, snapshot);
    texture.display();
    if (!texture.getTexture().copyToImage().saveToFile(file)) {
        std::fprintf(stderr, "tidsatlas: cannot write %s: %s\n", file.c_str(),
                     whyImageNotWritten(file).c_str());
        return 1;
    }
    std::string error;
    if (!options.layoutJson.empty() &&
        !writeLayoutReport(options.layoutJson,
                           layoutReport(atlas, scene, snapshot, {size.width, size.height}), error)) {
        std::fprintf(stderr, "tidsatlas: %s\n", error.c_str());
        return 1;
    }
    std::fprintf(stderr, "tidsatlas: wrote %s (%ux%u, year %d)\n", file.c_str(), size.width, size.height,
                 year);
    return 0;
}

} // namespace app
