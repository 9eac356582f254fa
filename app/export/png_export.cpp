#include "export/png_export.hpp"

#include "export/layout_report.hpp"
#include "export/write_failure.hpp"
#include "frame/frame_builder.hpp"
#include "platform/antialiasing.hpp"
#include "platform/sample_level.hpp"
#include "platform/temporary_file.hpp"
#include "render/scene_renderer.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <cstdio>
#include <optional>

namespace app {

namespace {

// One line on stderr, and the same words for the dialog; returns 1 for the caller to return.
int failed(const std::string& message, std::string* failure) {
    std::fprintf(stderr, "tidsatlas: %s\n", message.c_str());
    if (failure) *failure = message;
    return 1;
}

} // namespace

int exportPng(const Atlas& atlas, const Strings& strings, const Options& options, int year,
              std::string* failure) {
    const Size size = options.size;
    const std::string& file = options.exportPng;
    // The destination first, and the picture goes to a temporary file beside it that replaces the old
    // picture only when the PNG (and its layout report) are complete: a failed export leaves it as it was.
    std::string error;
    std::optional<TemporaryFile> output = TemporaryFile::createBeside(file, error);
    if (!output) return failed(error, failure);
    output->close(); // SFML opens it by its name
    sf::RenderTexture texture;
    sf::ContextSettings settings;
    settings.antialiasingLevel = supportedSampleLevel(samplesFor(options));
    if (!texture.create(size.width, size.height, settings))
        return failed("cannot create a " + std::to_string(size.width) + "x" + std::to_string(size.height) +
                          " offscreen image (graphics driver)",
                      failure);
    render::SceneRenderer scene(atlas.dataset, atlas.timeline, atlas.population);
    FrameBuilder frames(atlas, strings, scene.map());
    MapChoices choices;
    choices.view = parseMapView(options.view);
    const sf::Vector2f pixels(static_cast<float>(size.width), static_cast<float>(size.height));
    choices.camera.setViewport(pixels);
    render::SceneSnapshot snapshot = frames.build(geodata::Moment::still(year), choices, {}, {});
    snapshot.map.camera = scene.fit(snapshot.map.camera, atlas.dataset.frame, pixels, snapshot);
    scene.draw(texture, snapshot);
    texture.display();
    if (!texture.getTexture().copyToImage().saveToFile(output->path().string()))
        return failed("cannot write " + file + ": " + whyImageNotWritten(file), failure);
    if (!options.layoutJson.empty() &&
        !writeLayoutReport(options.layoutJson,
                           layoutReport(atlas, scene, snapshot, {size.width, size.height}), error))
        return failed(error + "; " + file + " was not written", failure);
    if (!output->commit(error)) return failed(error, failure);
    std::fprintf(stderr, "tidsatlas: wrote %s (%ux%u, year %d)\n", file.c_str(), size.width, size.height,
                 year);
    return 0;
}

} // namespace app
