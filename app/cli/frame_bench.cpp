#include "cli/frame_bench.hpp"

#include "frame/frame_builder.hpp"
#include "geodata/playback.hpp"
#include "platform/antialiasing.hpp"
#include "platform/sample_level.hpp"
#include "render/scene_renderer.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/OpenGL.hpp>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>

namespace app {

FrameTimes summarise(std::vector<double> millis) {
    if (millis.empty()) return {};
    std::sort(millis.begin(), millis.end());
    const size_t n = millis.size();
    const double median = n % 2 ? millis[n / 2] : (millis[n / 2 - 1] + millis[n / 2]) / 2;
    const auto rank = static_cast<size_t>(std::ceil(0.99 * static_cast<double>(n)));
    return {median, millis[std::min(n, std::max<size_t>(rank, 1)) - 1]};
}

std::optional<double> peakResidentMb() {
    std::ifstream status("/proc/self/status");
    std::string key;
    while (status >> key) {
        if (key == "VmHWM:") {
            double kilobytes = 0;
            status >> kilobytes;
            return status ? std::optional(kilobytes / 1024.0) : std::nullopt;
        }
        status.ignore(4096, '\n');
    }
    return std::nullopt;
}

int runFrameBench(const Atlas& atlas, const Strings& strings, double loadMs, const Options& options,
                  int year) {
    sf::RenderTexture texture;
    sf::ContextSettings settings;
    settings.antialiasingLevel = supportedSampleLevel(samplesFor(options)); // as the window asks for
    if (!texture.create(options.size.width, options.size.height, settings)) {
        std::fprintf(stderr, "tidsatlas: cannot create a %ux%u offscreen image\n", options.size.width,
                     options.size.height);
        return 1;
    }
    render::SceneRenderer scene(atlas.dataset, atlas.timeline, atlas.population);
    FrameBuilder frames(atlas, strings, scene.map());
    MapChoices choices;
    choices.view = parseMapView(options.view);
    if (options.benchRedraw) scene.map().setDetail({.reuseImage = false});
    const sf::Vector2f pixels(static_cast<float>(options.size.width),
                              static_cast<float>(options.size.height));
    choices.camera.setViewport(pixels);
    choices.camera = scene.fit(choices.camera, atlas.dataset.frame, pixels,
                               frames.build(geodata::Moment::still(year), choices, {}, {}));
    // Playback from --year to --to (default: the last year), so the frames include transitions
    // as on screen. With --to equal to --year every frame draws that one year: the static map,
    // as another renderer would draw it (bench/mapnik_compare.py compares that way).
    const int lastYear = options.toYear.value_or(atlas.dataset.lastYear());
    const bool hold = lastYear <= year;
    geodata::Playback playback(year, std::max(lastYear, year), atlas.dataset.changeYears(),
                               atlas.timeline.eventYears());
    playback.setPlaying(!hold);
    const int warmUp = 30;
    std::vector<double> millis;
    std::vector<double> drawnMillis; // frames whose map was drawn, not copied from the last one
    for (int frame = 0; frame < warmUp + options.benchFrames; ++frame) {
        const auto start = std::chrono::steady_clock::now();
        if (!hold) {
            if (!playback.playing()) playback.setPlaying(true); // loop: start again at the end
            playback.advance(1.0 / 60.0);
        }
        // A held year is a still moment, as an export draws it.
        const geodata::Moment moment = hold ? geodata::Moment::still(year) : playback.moment();
        scene.draw(texture, frames.build(moment, choices, {}, {}));
        texture.display();
        glFinish(); // count the GPU's (llvmpipe's) work, not just the queueing of it
        const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
        if (frame >= warmUp) {
            millis.push_back(took.count());
            if (!scene.map().lastDraw().reused) drawnMillis.push_back(took.count());
        }
    }
    const FrameTimes t = summarise(millis);
    const FrameTimes drawn = summarise(drawnMillis);
    GLint samples = 0; // what the driver gave, which may be less than --msaa asked for
    if (texture.setActive(true)) glGetIntegerv(GL_SAMPLES, &samples);
    // Peak resident memory of the whole process after load and frames: data, meshes, GL
    // (llvmpipe keeps the offscreen image and its multisample buffer in this process).
    const std::optional<double> rss = peakResidentMb();
    // The ground the frames show, in the data's coordinates: another renderer can draw the same.
    const geodata::Bounds view = choices.camera.visibleWorld();
    std::printf(
        "median_ms=%.2f p99_ms=%.2f load_ms=%.1f rss_mb=%s frames=%d size=%ux%u aa=%s msaa=%d %s=%d-%d "
        "units=%zu valid=%zu drawn=%zu drawn_median_ms=%.2f view=%.1f,%.1f,%.1f,%.1f\n",
        t.medianMs, t.p99Ms, loadMs, rss ? std::to_string(std::lround(*rss)).c_str() : "unknown",
        options.benchFrames, options.size.width, options.size.height,
        std::string(render::antialiasingName(options.aa)).c_str(), samples, hold ? "hold" : "playback", year,
        std::max(lastYear, year), atlas.dataset.units.size(), atlas.dataset.unitsValidIn(year).size(),
        drawnMillis.size(), drawn.medianMs, view.minX, view.minY, view.maxX, view.maxY);
    return 0;
}

} // namespace app
