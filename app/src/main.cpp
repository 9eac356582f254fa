// tidsatlas: load a temporal boundary dataset and show it, list it or export it.
#include "app_config.hpp"
#include "atlas.hpp"
#include "commands.hpp"
#include "frame_bench.hpp"
#include "map_window.hpp"
#include "options.hpp"
#include "video_export.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <memory>

namespace {

bool hasDisplay() {
    const char* display = std::getenv("DISPLAY");
    return display && *display;
}

int run(int argc, char** argv) {
    int exitCode = 0;
    const auto options = app::parseOptions(argc, argv, exitCode);
    if (!options) return exitCode;

    const auto loadStart = std::chrono::steady_clock::now();
    app::AtlasLoad loaded = app::loadAtlas(options->dataDir);
    const std::chrono::duration<double, std::milli> loadTime = std::chrono::steady_clock::now() - loadStart;
    if (!loaded.atlas) {
        std::fprintf(stderr, "tidsatlas: %s\n", loaded.error->toString().c_str());
        return 1;
    }
    const auto shared = std::make_shared<const app::Atlas>(std::move(*loaded.atlas));
    const app::Atlas& atlas = *shared;
    const geodata::Dataset& dataset = atlas.dataset;
    for (const geodata::LoadWarning& w : dataset.warnings)
        std::fprintf(stderr, "tidsatlas: warning: %s%s: %s\n", w.file.c_str(),
                     w.featureId >= 0 ? (" feature " + std::to_string(w.featureId)).c_str() : "",
                     w.message.c_str());
    for (const std::string& problem : atlas.problems)
        std::fprintf(stderr, "tidsatlas: warning: %s\n", problem.c_str());
    const int year = options->year.value_or(dataset.firstYear());

    if (options->list) {
        app::listUnits(dataset, year, std::cout);
        return 0;
    }
    // SFML 2.5 aborts the process when it finds no X display, so say so before it does.
    if (!hasDisplay()) {
        std::fprintf(
            stderr,
            "tidsatlas: no display found (DISPLAY is not set). Without a screen, export a PNG instead:\n"
            "  xvfb-run -a tidsatlas --export-png map.png --year %d --size 1600x900\n",
            year);
        return 1;
    }
    // The PNG's words (the window's MapApp and the video export read their own, the same way).
    const app::Language language = options->english ? app::Language::English : app::Language::Swedish;
    if (!options->exportPng.empty())
        return app::exportPng(atlas, app::loadAppStrings(language), *options, year);
    if (options->bench)
        return app::runFrameBench(atlas, app::loadAppStrings(language), loadTime.count(), *options, year);
    if (!options->exportVideo.empty()) {
        const app::VideoRequest request{options->exportVideo,
                                        options->fromYear.value_or(dataset.firstYear()),
                                        options->toYear.value_or(dataset.lastYear()),
                                        options->fps,
                                        options->size,
                                        options->duration,
                                        options->story};
        return app::exportVideo(shared, *options, request, app::printProgress);
    }
    app::ConfigLoad config;
    if (!options->config.empty()) config = app::loadConfig(options->config);
    for (const std::string& problem : config.problems)
        std::fprintf(stderr, "tidsatlas: warning: %s\n", problem.c_str());
    return app::runMapWindow(shared, *options, config.config, config.problems);
}

} // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "tidsatlas: unexpected error: %s\n", e.what());
        return 70;
    }
}
