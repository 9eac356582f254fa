#pragma once
// What the command line asked for.
#include "render/stroke.hpp"

#include <optional>
#include <string>

namespace app {

struct Size {
    unsigned width = 1600;
    unsigned height = 900;
};

struct Options {
    std::string dataDir;
    std::optional<int> year; // default: the dataset's first year
    bool list = false;
    std::string exportPng;
    std::string layoutJson; // with exportPng: where overlays and names went, as JSON
    Size size{1600, 900};
    bool fullscreen = false;
    bool english = false;       // --lang en
    std::string view = "units"; // units, density or circles
    bool teach = false;         // open with the teaching tab
    std::string exportVideo;    // .mp4 or .gif
    bool story = false;         // --story: the video shows the story's scenes
    std::optional<int> fromYear, toYear;
    int fps = 30;
    double duration = 0; // seconds; 0 = the app's own tempo
    bool bench = false;  // --bench: time loading and N offscreen frames
    int benchFrames = 600;
    render::Antialiasing aa = render::Antialiasing::Analytic; // --aa: how edges are smoothed
    unsigned msaa = 4;          // --msaa: samples of the window and offscreen images with --aa msaa
    bool benchRedraw = false;   // --redraw: --bench draws the whole map in every frame
    bool present = false;       // --present: story scenes by clicker, fullscreen
    bool speakerWindow = false; // --speaker-window: notes, time and next scene in a second window
    bool kiosk = false;         // --kiosk: unattended touch screen
    std::string config;         // --config FILE: presenter and kiosk settings (docs/CONFIG.md)
    std::string logFile; // --log FILE: the window modes' log (default: defaultLogPath()); "-" = stderr only
    std::optional<double> soakMinutes; // --soak MINUTES: the kiosk offscreen with simulated visitors
    std::string cacheDir; // --cache-dir: where processed datasets are cached (empty = the default folder)
    bool noCache = false; // --no-cache: always load from the source files, write no cache
    bool check = false;   // --check: report what is missing, conflicting or wrong in the dataset, and exit
    bool json = false;    // --json: with --check, the report as JSON
    std::string
        importPopulation; // --import-population FILE: a JSON-stat or SCB CSV table into population.csv
    std::string source;   // --source ID: the sources.csv id the imported figures cite
    bool replace = false; // --replace: an imported figure replaces a conflicting one in the file
    bool dryRun = false;  // --dry-run: report what the import would do, write nothing
    std::string boundaries =
        "today"; // --boundaries today|as-then: whose boundaries the table's figures are on
};

/// Parses argv. Returns nullopt after printing help or an error; `exitCode` says which.
[[nodiscard]] std::optional<Options> parseOptions(int argc, char** argv, int& exitCode);

/// The smallest and largest side --size accepts, in pixels (the largest is what GPUs offer as a texture).
inline constexpr unsigned kMinSide = 16, kMaxSide = 16384;

/// "1280x720" → Size; nullopt for anything else, or a side outside [kMinSide, kMaxSide].
[[nodiscard]] std::optional<Size> parseSize(const std::string& text);

/// The bundled dataset (content/bundled_files.hpp): data/sodertorn in the working directory, beside an
/// installed executable (/usr/share/tidsatlas/data/sodertorn), or in the source tree it was built from.
[[nodiscard]] std::string defaultDataDir();

} // namespace app
