#include "frame_bench.hpp"

#include "map_scene.hpp"
#include "playback.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/OpenGL.hpp>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace app {

FrameTimes summarise(std::vector<double> millis) {
    if (millis.empty()) return {};
    std::sort(millis.begin(), millis.end());
    const size_t n = millis.size();
    const double median = n % 2 ? millis[n / 2] : (millis[n / 2 - 1] + millis[n / 2]) / 2;
    const auto rank = static_cast<size_t>(std::ceil(0.99 * static_cast<double>(n)));
    return {median, millis[std::min(n, std::max<size_t>(rank, 1)) - 1]};
}

int runFrameBench(const Atlas& atlas, double loadMs, const Options& options, int year) {
    sf::RenderTexture texture;
    sf::ContextSettings settings;
    settings.antialiasingLevel = options.msaa; // as the window asks for
    if (!texture.create(options.size.width, options.size.height, settings)) {
        std::fprintf(stderr, "tidsatlas: cannot create a %ux%u offscreen image\n", options.size.width,
                     options.size.height);
        return 1;
    }
    MapScene scene(atlas);
    scene.view = parseMapView(options.view);
    scene.fitCamera({static_cast<float>(options.size.width), static_cast<float>(options.size.height)});
    // Playback from --year on, so the frames include transitions as on screen.
    Playback playback(year, atlas.dataset.lastYear(), atlas.dataset.changeYears(),
                      atlas.timeline.eventYears());
    playback.setPlaying(true);
    const int warmUp = 30;
    std::vector<double> millis;
    for (int frame = 0; frame < warmUp + options.benchFrames; ++frame) {
        if (!playback.playing()) playback.setPlaying(true); // loop: start again at the end
        const auto start = std::chrono::steady_clock::now();
        playback.advance(1.0 / 60.0);
        scene.frame.year = playback.year();
        scene.smoothYear = playback.exactYear();
        scene.frame.transition = playback.transition();
        scene.draw(texture);
        texture.display();
        glFinish(); // count the GPU's (llvmpipe's) work, not just the queueing of it
        const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
        if (frame >= warmUp) millis.push_back(took.count());
    }
    const FrameTimes t = summarise(millis);
    std::printf("median_ms=%.2f p99_ms=%.2f load_ms=%.1f frames=%d size=%ux%u units=%zu\n", t.medianMs,
                t.p99Ms, loadMs, options.benchFrames, options.size.width, options.size.height,
                atlas.dataset.units.size());
    return 0;
}

} // namespace app
