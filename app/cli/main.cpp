// tidsatlas: load a temporal boundary dataset and show it, list it or export it.
#include "cli/check_command.hpp"
#include "cli/commands.hpp"
#include "cli/frame_bench.hpp"
#include "cli/import_command.hpp"
#include "cli/soak.hpp"
#include "cli/year_range.hpp"
#include "content/atlas.hpp"
#include "export/ffmpeg_process.hpp"
#include "export/png_export.hpp"
#include "export/video_export.hpp"
#include "platform/antialiasing.hpp"
#include "platform/app_config.hpp"
#include "platform/data_watcher.hpp"
#include "platform/fatal_screen.hpp"
#include "platform/guarded_run.hpp"
#include "platform/library_messages.hpp"
#include "platform/log.hpp"
#include "platform/options.hpp"
#include "shell/map_window.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>

namespace {

// How long the kiosk shows "Kartan startar om strax" before it exits for systemd to restart it.
constexpr double kFatalScreenSeconds = 4;
// sysexits.h's EX_CONFIG: the kiosk's unit does not restart it (RestartPreventExitStatus), since a restart
// would find the same config.
constexpr int kExitConfigError = 78;

// The window modes keep a log file; the one-shot commands (list, exports, bench, soak) print only.
bool opensWindow(const app::Options& o) {
    return !o.list && !o.check && o.exportPng.empty() && o.exportVideo.empty() && !o.bench &&
           !o.soakMinutes && o.importPopulation.empty();
}

const char* modeName(const app::Options& o) { return o.kiosk ? "kiosk" : o.present ? "present" : "explore"; }

int run(int argc, char** argv, app::RunMode& mode) {
    const app::LibraryMessages libraryMessages(app::logger()); // SFML's remarks into the log
    app::ignoreBrokenPipes(); // a child that stops (ffmpeg) is an error to report, never the app's end
    int exitCode = 0;
    const auto options = app::parseOptions(argc, argv, exitCode);
    if (!options) return exitCode;
    mode.kiosk = options->kiosk && !options->soakMinutes;
    app::LogSettings log;
    log.debug = std::getenv("TIDSATLAS_LOG_DEBUG") != nullptr; // for whoever investigates
    if (opensWindow(*options) && options->logFile != "-")
        log.path = options->logFile.empty() ? app::defaultLogPath() : options->logFile;
    app::configureLog(log);

    if (options->check) return app::runCheck(*options); // reads the folder itself, problems and all

    // The import needs neither a display nor the story files: the boundaries and population.csv only.
    if (!options->importPopulation.empty()) {
        app::ImportRequest request{options->importPopulation, options->dataDir,
                                   options->source,           options->replace,
                                   options->dryRun,           geodata::SourceBoundaries::Today,
                                   !options->noCache,         options->cacheDir};
        if (options->boundaries == "as-then") request.boundaries = geodata::SourceBoundaries::AsThen;
        if (options->boundaries == "year-after") request.boundaries = geodata::SourceBoundaries::YearAfter;
        return app::runPopulationImport(request, std::cout, std::cerr);
    }

    // Taken before loading, so that an edit made while the data loads is still seen as a change.
    app::FolderSnapshot dataBaseline = app::snapshotFolder(options->dataDir);
    const auto loadStart = std::chrono::steady_clock::now();
    app::AtlasLoad loaded = app::loadAtlasWith(options->dataDir, {!options->noCache, options->cacheDir});
    const std::chrono::duration<double, std::milli> loadTime = std::chrono::steady_clock::now() - loadStart;
    if (!loaded.atlas) {
        app::logError(loaded.error->toString());
        return 1;
    }
    const auto shared = std::make_shared<const app::Atlas>(std::move(*loaded.atlas));
    const app::Atlas& atlas = *shared;
    const geodata::Dataset& dataset = atlas.dataset;
    for (const std::string& problem : app::knownProblems(atlas)) app::logWarning(problem);
    const int year = options->year.value_or(dataset.firstYear());
    // A one-shot command cannot show a year the data does not have; the window clamps to the data's years.
    if (!opensWindow(*options) && !options->soakMinutes)
        if (const auto outside = app::yearOutsideData(*options, dataset)) {
            std::fprintf(stderr, "tidsatlas: %s\n", outside->c_str());
            return 2;
        }

    // The config before the window: a kiosk whose config has an unreadable PIN does not start at all,
    // rather than run on the default PIN printed in the documentation.
    app::ConfigLoad config;
    if (!options->config.empty() && (opensWindow(*options) || options->soakMinutes || options->story))
        config = app::loadConfig(options->config);
    if (mode.kiosk) {
        if (!config.pinError.empty()) {
            app::logError(config.pinError + ". The kiosk does not start with an invalid PIN (it would run on "
                                            "the default PIN, which is published); write 4–8 digits in "
                                            "quotes, like \"5937\", or remove the key.");
            return kExitConfigError;
        }
        if (app::usesPublishedPin(config.config))
            app::logWarning("the kiosk runs on the default PIN, which is printed in the documentation: set "
                            "your own \"pin\" in the config file (--config; see CONFIG.md)");
    }

    if (options->list) {
        app::listUnits(dataset, year, std::cout);
        return 0;
    }
    // SFML 2.5 aborts the process when it finds no X display, so say so before it does.
    if (!app::hasDisplay()) {
        std::fprintf(
            stderr,
            "tidsatlas: no display found (DISPLAY is not set). Without a screen, export a PNG instead:\n"
            "  xvfb-run -a tidsatlas --export-png map.png --year %d --size 1600x900\n",
            year);
        return 1;
    }
    if (!app::startAntialiasing(*options)) return 1;
    // The PNG's words (the window's shell and the video export read their own, the same way).
    const app::Language language = options->english ? app::Language::English : app::Language::Swedish;
    if (!options->exportPng.empty())
        return app::exportPng(atlas, app::loadAppStrings(language), *options, year);
    if (options->bench)
        return app::runFrameBench(atlas, app::loadAppStrings(language), loadTime.count(), *options, year);
    if (!options->exportVideo.empty()) {
        for (const std::string& problem : config.problems) app::logWarning(problem);
        const app::VideoRequest request{options->exportVideo,
                                        options->fromYear.value_or(dataset.firstYear()),
                                        options->toYear.value_or(dataset.lastYear()),
                                        options->fps,
                                        options->size,
                                        options->duration,
                                        options->story,
                                        config.config.storyFile};
        return app::exportVideo(shared, *options, request, app::printProgress);
    }
    for (const std::string& problem : config.problems) app::logWarning(problem);
    if (options->soakMinutes)
        return app::runSoakCommand(shared, *options, config.config, config.problems, *options->soakMinutes);
    app::logInfo(std::string("started in ") + modeName(*options) + " mode with " + options->dataDir + ": " +
                 std::to_string(dataset.units.size()) + " unit versions, loaded in " +
                 std::to_string(std::lround(loadTime.count())) + " ms");
    const int status =
        app::runMapWindow(shared, *options, config.config, config.problems, std::move(dataBaseline));
    app::logInfo("exited with status " + std::to_string(status));
    return status;
}

} // namespace

int main(int argc, char** argv) {
    return app::runGuarded([&](app::RunMode& mode) { return run(argc, argv, mode); }, kFatalScreenSeconds);
}
