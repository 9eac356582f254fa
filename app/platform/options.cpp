#include "platform/options.hpp"

#include "content/bundled_files.hpp"
#include "platform/option_conflicts.hpp"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <map>
#include <regex>
#include <set>

namespace app {

std::optional<Size> parseSize(const std::string& text) {
    static const std::regex pattern(R"((\d{1,5})x(\d{1,5}))");
    std::smatch m;
    if (!std::regex_match(text, m, pattern)) return std::nullopt;
    Size s{static_cast<unsigned>(std::stoul(m[1])), static_cast<unsigned>(std::stoul(m[2]))};
    if (s.width < kMinSide || s.height < kMinSide || s.width > kMaxSide || s.height > kMaxSide)
        return std::nullopt;
    return s;
}

std::string defaultDataDir() { return bundledDir("sodertorn"); }

std::optional<Options> parseOptions(int argc, char** argv, int& exitCode) {
    Options o;
    o.dataDir = defaultDataDir();
    std::string size = "1600x900";
    std::optional<int> year;
    CLI::App cli{"tidsatlas — the municipal history of a region on a living map"};
    cli.add_option("--data", o.dataDir, "Dataset folder (boundary layers, optional dataset.json)")
        ->capture_default_str();
    cli.add_option("--year", year, "Year to show (default: the first year of the data)");
    cli.add_flag("--list", o.list, "Print the units valid in --year as JSON lines and exit");
    auto* check = cli.add_flag(
        "--check", o.check,
        "Check the dataset as the app reads it and exit: problems by file and line (unknown codes and "
        "sources, conflicting figures, figures outside their unit's years, images), and per year of change "
        "whose population is known, interpolated or unknown. Exit status 0 with only warnings, 1 on errors");
    cli.add_flag("--json", o.json, "With --check: print the report as JSON (docs/DATA.md)")->needs(check);
    cli.add_option("--export-png", o.exportPng, "Render --year into a PNG file offscreen and exit");
    cli.add_option(
        "--layout-json", o.layoutJson,
        "With --export-png: also write where the map, the overlays and every unit's name went (JSON)");
    cli.add_option("--export-video", o.exportVideo,
                   "Render playback to an MP4 or GIF (needs ffmpeg) and exit");
    cli.add_flag("--story", o.story,
                 "With --export-video: export the story's scenes as the presenter shows them");
    cli.add_option("--from", o.fromYear, "First year of --export-video (default: the data's first year)");
    cli.add_option("--to", o.toYear,
                   "Last year of --export-video and --bench (default: the data's last year; "
                   "--bench --to equal to --year draws that year in every frame)");
    cli.add_option("--fps", o.fps, "Frames per second of --export-video")
        ->check(CLI::Range(1, 120))
        ->capture_default_str();
    cli.add_option("--duration", o.duration,
                   "Length of --export-video in seconds (default: the app's own tempo)")
        ->check(CLI::NonNegativeNumber);
    cli.add_flag("--bench", o.bench,
                 "Time loading and --frames offscreen frames of playback; print one line");
    cli.add_option("--frames", o.benchFrames, "Frames for --bench (after 30 warm-up frames)")
        ->check(CLI::Range(1, 1000000))
        ->capture_default_str();
    const std::map<std::string, render::Antialiasing> smoothing{{"analytic", render::Antialiasing::Analytic},
                                                                {"msaa", render::Antialiasing::Msaa},
                                                                {"none", render::Antialiasing::None}};
    cli.add_option("--aa", o.aa,
                   "How edges are smoothed: analytic (each line's pixels shaded by how much of them it "
                   "covers: smooth on any graphics driver at little cost), msaa (multisampling with --msaa "
                   "samples: costly on a software renderer) or none (stair-stepped, for comparison)")
        ->transform(CLI::CheckedTransformer(smoothing, CLI::ignore_case))
        ->default_str("analytic");
    cli.add_option("--msaa", o.msaa, "Samples per pixel with --aa msaa: 0, 2, 4 or 8")
        ->check(CLI::IsMember({0, 2, 4, 8}))
        ->capture_default_str();
    cli.add_flag("--redraw", o.benchRedraw,
                 "With --bench: draw the whole map in every frame, never copy back an unchanged one");
    cli.add_option("--cache-dir", o.cacheDir,
                   "Folder for the cache of processed datasets (default: $XDG_CACHE_HOME/tidsatlas or "
                   "~/.cache/tidsatlas)");
    cli.add_flag("--no-cache", o.noCache, "Load from the source files without reading or writing the cache");
    cli.add_option("--size", size, "Window or export size, WIDTHxHEIGHT")->capture_default_str();
    cli.add_flag("--fullscreen", o.fullscreen, "Open the window fullscreen");
    cli.add_flag("--teach", o.teach, "Open with the teaching tab: compare years, family tree, quiz");
    auto* present =
        cli.add_flag("--present", o.present,
                     "Present the story fullscreen: PgDn/→/Space next, PgUp/← back, B black, Esc leave");
    cli.add_flag("--speaker-window", o.speakerWindow,
                 "With --present: a second window with the notes, the time and the next scene")
        ->needs(present);
    cli.add_flag("--kiosk", o.kiosk, "Unattended touch-screen kiosk: attract loop, idle reset, admin exit")
        ->excludes(present);
    // Not checked here: a missing or broken config file is reported and the defaults are used, so a kiosk
    // whose config was deleted still starts (loadConfig says what is wrong).
    cli.add_option("--config", o.config, "Settings for presenter and kiosk (JSON, see docs/CONFIG.md)");
    cli.add_option("--log", o.logFile,
                   "Log file of the window modes, rotated at 1 MB (default: $XDG_STATE_HOME/tidsatlas/"
                   "tidsatlas.log or ~/.local/state/tidsatlas/tidsatlas.log; - for stderr only)");
    cli.add_option("--soak", o.soakMinutes,
                   "Run the kiosk offscreen for MINUTES with simulated visitors on accelerated time, report "
                   "frames and memory, and exit")
        ->check(CLI::PositiveNumber);
    auto* import =
        cli.add_option("--import-population", o.importPopulation,
                       "Import a population table (JSON-stat 2.0, or the CSV SCB's Statistikdatabasen "
                       "exports) into the --data folder's population.csv, report what was added, "
                       "skipped and conflicting, and exit (docs/CURATING.md)");
    cli.add_option("--source", o.source, "With --import-population: the id in sources.csv the figures cite")
        ->needs(import);
    cli.add_flag(
           "--replace", o.replace,
           "With --import-population: a figure of the table replaces a different one already in the file "
           "(without it the file's figure is kept and the conflict reported)")
        ->needs(import);
    cli.add_flag("--dry-run", o.dryRun, "With --import-population: report only, change no file")
        ->needs(import);
    cli.add_option(
           "--boundaries", o.boundaries,
           "With --import-population: whose boundaries the figures are on: today (a series on today's "
           "boundaries: warn where the map's unit differs), year-after (each year on the division of 1 "
           "January the year after, as SCB describes its yearly tables) or as-then (no warning)")
        ->check(CLI::IsMember({"today", "year-after", "as-then"}))
        ->needs(import)
        ->capture_default_str();
    std::string language = "sv";
    cli.add_option("--lang", language, "Language of the map and the story: sv or en")
        ->check(CLI::IsMember({"sv", "en"}))
        ->capture_default_str();
    cli.add_option("--view", o.view, "What the map shows: units, density (inhabitants per km²) or circles")
        ->check(CLI::IsMember({"units", "density", "circles"}))
        ->capture_default_str();
    try {
        cli.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        exitCode = cli.exit(e);
        return std::nullopt;
    }
    std::set<std::string> given;
    for (const CLI::Option* option : cli.get_options())
        if (option->count() > 0) given.insert(option->get_name());
    if (const auto conflict = optionConflict(given)) {
        std::fprintf(stderr, "tidsatlas: %s\n", conflict->c_str());
        exitCode = 2;
        return std::nullopt;
    }
    const auto parsed = parseSize(size);
    if (!parsed) {
        // Say the allowed range: "1x1" has the right form, so "expected WIDTHxHEIGHT" alone was a riddle.
        std::fprintf(stderr,
                     "tidsatlas: --size %s: expected WIDTHxHEIGHT in pixels, each from %u to %u, for example "
                     "1280x720\n",
                     size.c_str(), kMinSide, kMaxSide);
        exitCode = 2;
        return std::nullopt;
    }
    if (!o.importPopulation.empty() && o.source.empty()) {
        std::fprintf(stderr, "tidsatlas: --import-population needs --source ID: the id in the dataset's "
                             "sources.csv that the imported figures cite\n");
        exitCode = 2;
        return std::nullopt;
    }
    o.size = *parsed;
    o.english = language == "en";
    o.year = year;
    return o;
}

} // namespace app
