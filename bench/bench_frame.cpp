// Frame time of playback: 600 frames (10 s at 60 fps) of the bundled Södertörn data playing at the
// default tempo, drawn by the scene renderer (the map with a caption, the year card and joint bodies,
// as the window and exports draw them; render/ and geodata/ only, no app) offscreen into a 1920×1080
// sf::RenderTexture with the same 4× multisampling the window asks for by default (--msaa=N here, as in the
// app, to compare). Target (issue 2): median under 8 ms on the 2-core CI machine with Mesa's software
// renderer.
//
// Needs an X server (SFML creates a GL context even offscreen); without DISPLAY it says so and
// exits 0. `./dev bench` runs it under xvfb-run; by hand:
//   xvfb-run -a -s "-screen 0 1920x1080x24" build/bench/bench_frame
//   xvfb-run -a -s "-screen 0 1920x1080x24" build/bench/bench_frame --benchmark_repetitions=3
//   xvfb-run -a -s "-screen 0 1920x1080x24" build/bench/bench_frame --msaa=0
// (`tidsatlas --bench` is the app's own quick version; this one follows issue 2's recipe: playback
// of boundary changes only, from the first year, with per-frame statistics and repetitions.)
//
// Timing: each frame is timed with std::chrono from before playback.advance() until glFinish()
// returns. OpenGL calls only queue work (llvmpipe rasterises on its own threads), so a frame is
// not finished when draw() returns; glFinish blocks until every queued command of the context,
// including the multisample resolve that display() issues, has been executed. glFinish is used
// rather than copyToImage() because a readback adds an 8 MB transfer + vertical flip per frame
// that the window never pays (it swaps buffers), which would inflate exactly the figure we
// compare with the target; glFinish adds only the wait for work the frame really needs.
// The time is also split into submit (advance + draw + display: CPU-side work of the app,
// SFML and the GL driver's command building) and finish (the wait in glFinish: rasterisation).
//
// Counters (per repetition): frame_median_ms, frame_p99_ms, frame_max_ms, frame_mean_ms,
// submit_median_ms, finish_median_ms, transition_median_ms and steady_median_ms (frames with and
// without a cross-fade), frames, transition_frames (frames drawn with a cross-fade),
// first_year/last_year (years shown in the first and last timed frame).
#include "geodata/atlas.hpp"
#include "geodata/playback.hpp"
#include "render/scene_renderer.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/OpenGL.hpp>
#include <SFML/Window/Context.hpp>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <vector>

namespace {

constexpr unsigned kWidth = 1920;
constexpr unsigned kHeight = 1080;
constexpr int kFrames = 600;
constexpr int kWarmUpFrames = 30; // not timed: first glyph rasterisation, buffer uploads, JIT of shaders
constexpr double kFrameSeconds = 1.0 / 60.0;

const geodata::Atlas* g_atlas = nullptr; // the bundled data with its story, loaded once in main
unsigned g_msaa = 4;                     // --msaa=N

using Clock = std::chrono::steady_clock;

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

/// Nearest-rank percentile of an ascending-sorted, non-empty sample.
double percentile(const std::vector<double>& sorted, double p) {
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return percentile(values, 50.0);
}

/// The snapshot of `moment` as the app's frame builder makes it for the explorer, worded without the app's
/// catalogue: the year card with the data's title and attribution, and the caption of the latest event
/// at most three years back (the timeline's Swedish text).
void showMoment(render::SceneSnapshot& s, const geodata::Moment& moment, const geodata::Atlas& atlas) {
    s.map.year = moment.year;
    s.map.transition = moment.transition;
    s.exactYear = moment.exactYear;
    s.bodyAppear = render::bodyAppearAfter(moment.secondsAtStop);
    render::OverlayText card;
    card.title = atlas.dataset.title;
    card.year = moment.year;
    card.unitCount = atlas.dataset.unitsValidIn(moment.year).size();
    card.countLabel = "kommuner";
    card.attribution = atlas.dataset.attribution;
    s.card = card;
    s.caption.reset();
    for (const geodata::Event& event : atlas.timeline.events)
        if (event.date.year <= moment.year && event.date.year > moment.year - 3)
            s.caption = render::Caption{event.title.sv, event.text.sv, std::to_string(event.date.year)};
}

void BM_PlaybackFrame(benchmark::State& state) {
    sf::RenderTexture texture;
    sf::ContextSettings settings;
    settings.antialiasingLevel = g_msaa; // 4 by default, as MapWindow and the PNG export ask for
    if (!texture.create(kWidth, kHeight, settings)) {
        state.SkipWithError("cannot create a 1920x1080 sf::RenderTexture (graphics driver)");
        return;
    }
    const geodata::Dataset& dataset = g_atlas->dataset;
    render::SceneRenderer scene(dataset, g_atlas->timeline, g_atlas->population);
    render::SceneSnapshot snapshot;
    snapshot.map.camera.setViewport({kWidth, kHeight});
    snapshot.map.camera = scene.fit(snapshot.map.camera, dataset.bounds, {kWidth, kHeight}, snapshot);

    auto finish = [&] {
        // display() leaves the texture's context active; make sure, then wait for the GPU work.
        if (!texture.setActive(true)) return;
        glFinish();
    };

    std::vector<double> frameMs;
    std::vector<double> submitMs;
    std::vector<double> finishMs;
    std::vector<double> transitionMs; // frames drawn with a cross-fade
    std::vector<double> steadyMs;     // the others
    frameMs.reserve(kFrames);
    submitMs.reserve(kFrames);
    finishMs.reserve(kFrames);
    int transitionFrames = 0;
    int firstShown = 0;
    int lastShown = 0;

    for (auto _ : state) {
        geodata::Playback playback(dataset.firstYear(), dataset.lastYear(), dataset.changeYears());
        playback.setPlaying(true);

        showMoment(snapshot, playback.moment(), *g_atlas);
        for (int i = 0; i < kWarmUpFrames; ++i) {
            scene.draw(texture, snapshot);
            texture.display();
            finish();
        }

        frameMs.clear();
        submitMs.clear();
        finishMs.clear();
        transitionMs.clear();
        steadyMs.clear();
        transitionFrames = 0;
        const Clock::time_point runStart = Clock::now();
        for (int i = 0; i < kFrames; ++i) {
            const Clock::time_point start = Clock::now();
            playback.advance(kFrameSeconds);
            showMoment(snapshot, playback.moment(), *g_atlas);
            scene.draw(texture, snapshot);
            texture.display();
            const Clock::time_point submitted = Clock::now();
            finish();
            const Clock::time_point done = Clock::now();

            frameMs.push_back(ms(done - start));
            submitMs.push_back(ms(submitted - start));
            finishMs.push_back(ms(done - submitted));
            if (snapshot.map.transition) ++transitionFrames;
            (snapshot.map.transition ? transitionMs : steadyMs).push_back(frameMs.back());
            if (i == 0) firstShown = snapshot.map.year;
            lastShown = snapshot.map.year;
        }
        state.SetIterationTime(std::chrono::duration<double>(Clock::now() - runStart).count());
    }

    std::vector<double> sorted = frameMs;
    std::sort(sorted.begin(), sorted.end());
    double sum = 0;
    for (double v : sorted) sum += v;
    state.counters["frame_median_ms"] = percentile(sorted, 50.0);
    state.counters["frame_p99_ms"] = percentile(sorted, 99.0);
    state.counters["frame_max_ms"] = sorted.back();
    state.counters["frame_mean_ms"] = sum / static_cast<double>(sorted.size());
    state.counters["submit_median_ms"] = median(submitMs);
    state.counters["finish_median_ms"] = median(finishMs);
    if (!transitionMs.empty()) state.counters["transition_median_ms"] = median(transitionMs);
    if (!steadyMs.empty()) state.counters["steady_median_ms"] = median(steadyMs);
    state.counters["frames"] = static_cast<double>(sorted.size());
    state.counters["transition_frames"] = transitionFrames;
    state.counters["first_year"] = firstShown;
    state.counters["last_year"] = lastShown;
    // What the driver really gave (SFML falls back to no multisampling silently).
    GLint samples = 0;
    if (texture.setActive(true)) glGetIntegerv(GL_SAMPLES, &samples);
    state.counters["msaa_samples"] = samples;
    std::printf(
        "bench_frame: %d frames at %ux%u (%ux MSAA), years %d-%d, %d with a transition: median %.2f ms, "
        "p99 %.2f ms, max %.2f ms (submit median %.2f ms, glFinish wait median %.2f ms)\n",
        kFrames, kWidth, kHeight, static_cast<unsigned>(samples), firstShown, lastShown, transitionFrames,
        percentile(sorted, 50.0), percentile(sorted, 99.0), sorted.back(), median(submitMs),
        median(finishMs));
    std::fflush(stdout); // before Google Benchmark's own report, also when piped
}

// One iteration = one 600-frame playback run; the per-frame statistics are the counters. The
// whole run's wall time is the "Time" column (manual time, about 600 × the mean frame).
BENCHMARK(BM_PlaybackFrame)->Unit(benchmark::kMillisecond)->Iterations(1)->UseManualTime();

} // namespace

int main(int argc, char** argv) {
    const char* display = std::getenv("DISPLAY");
    if (display == nullptr || *display == '\0') {
        std::printf("bench_frame: skipped: DISPLAY is not set; SFML needs an X server even offscreen. "
                    "Run it under xvfb-run -a (./dev bench does).\n");
        return 0;
    }
    // SFML closes its X display when the last GL resource goes (at the end of each repetition)
    // and Xvfb resets when its last client leaves; reopening during that reset fails ("Failed to
    // open X11 display", abort). A context held for the whole run keeps the connection open.
    const sf::Context keepDisplayOpen;
    benchmark::Initialize(&argc, argv);
    // Our own flag, after Google Benchmark has taken its --benchmark_* ones: --msaa=N
    // (multisampling level, as the app's --msaa; 0 to see what 4x MSAA costs on llvmpipe).
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg.starts_with("--msaa=")) {
            g_msaa = static_cast<unsigned>(std::strtoul(argv[i] + 7, nullptr, 10));
            std::copy(argv + i + 1, argv + argc, argv + i);
            --argc;
            --i;
        }
    }
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;

    geodata::AtlasLoad loaded = geodata::loadAtlas(TIDSATLAS_DATA_DIR);
    if (!loaded.atlas) {
        std::fprintf(stderr, "bench_frame: %s\n",
                     loaded.error ? loaded.error->toString().c_str() : "cannot load the bundled data");
        return 1;
    }
    g_atlas = &*loaded.atlas;

    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
