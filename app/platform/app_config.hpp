#pragma once
// The settings of an installation: one JSON file (--config) for presenter and kiosk. Keys and ranges are
// documented in docs/CONFIG.md. A bad file never stops the app: each bad key is reported with the file
// and the key, and its default is used; the good keys still apply.
#include "content/atlas.hpp"
#include "content/language.hpp"
#include "content/story.hpp"

#include <string>
#include <vector>

namespace app {

struct AppConfig {
    // The visible screen area; 0 = unknown, then 96 dpi is assumed (SFML cannot ask the display).
    double screenWidthMm = 0;
    double screenHeightMm = 0;
    double idleSeconds = 60;      // kiosk: no input this long → "Är du kvar?"
    double countdownSeconds = 10; // kiosk: then this long before the attract loop
    std::string pin = "2468";     // kiosk: 4–8 digits after the admin chord to exit
    float textScale = 1.0F;       // presenter and kiosk text size, 0.5–4
    Language language = Language::Swedish;
    // Relative to the dataset folder or absolute; empty = the dataset's story.json.
    std::string storyFile;
    // Touched every heartbeatSeconds for a watchdog; empty = no heartbeat.
    std::string heartbeatFile = "/tmp/tidsatlas-heartbeat";
    double heartbeatSeconds = 5;
    double minTouchTargetMm = 15; // smallest side of a touch control
};

struct ConfigLoad {
    AppConfig config;                  // defaults wherever the file had nothing usable
    std::vector<std::string> problems; // one line each: "kiosk.json /idleSeconds: …; using the default 60"
    // Set when the file was given but its PIN could not be read (an invalid "pin", or a file that is
    // missing or not valid JSON): a kiosk must not then run on the published default PIN, so it does not
    // start (main). The line names the file and the key. Presenter and explorer, which have no PIN, go on.
    std::string pinError;
    [[nodiscard]] bool ok() const { return problems.empty(); }
};

/// True when the kiosk's PIN is the default one that the documentation prints: the log says so at every
/// start, because anyone who has read the docs can then leave the kiosk.
[[nodiscard]] bool usesPublishedPin(const AppConfig& config);

/// Reads the config file. Never throws: unreadable files, bad JSON, unknown keys, wrong types and values
/// out of range become problems, and the defaults are used for what they concern.
[[nodiscard]] ConfigLoad loadConfig(const std::string& path);
/// The same for the text of a config file; `path` names it in the problems. What the fuzzer calls.
[[nodiscard]] ConfigLoad loadConfigFromText(const std::string& text, const std::string& path);

/// Screen pixels per millimetre: from the configured screen size when given (the mean of width and height
/// when both are), otherwise 96 dpi.
[[nodiscard]] float pixelsPerMm(const AppConfig& config, unsigned widthPx, unsigned heightPx);

/// The side in pixels of a touch control meant to be `wantedMm` wide, never below minTouchTargetMm.
[[nodiscard]] float touchTargetPx(const AppConfig& config, unsigned widthPx, unsigned heightPx,
                                  double wantedMm = 0);

/// The kiosk's touch controls are this many millimetres on a side (never below minTouchTargetMm), and
/// their labels this share of that side.
inline constexpr double kKioskButtonMm = 18.0;
inline constexpr float kKioskButtonLabelShare = 0.38F;
/// A kiosk visitor reads standing at arm's length, about 700 mm from the screen; ISO 9241-303 asks for
/// characters of 20–22 minutes of arc at the reading distance. 22' at 700 mm is a capital 4.5 mm high,
/// and DejaVu Sans's capitals are 0.73 of its size: text of 6.1 mm.
inline constexpr double kKioskReadingDistanceMm = 700.0;
inline constexpr double kKioskCharacterArcMinutes = 22.0;
inline constexpr double kSansCapitalShare = 0.73;

/// The size in pixels of a kiosk's smallest text (the ImGui font of its panels, and the floor of the map's
/// and the cards' text): the size a visitor at arm's length reads on this screen, from its size in
/// millimetres (96 dpi when unknown), at least as large as the touch buttons' labels, times textScale.
[[nodiscard]] float kioskTextPx(const AppConfig& config, unsigned widthPx, unsigned heightPx);

/// The story file to load: storyFile resolved against the dataset folder, or <dataDir>/story.json.
[[nodiscard]] std::string storyPath(const AppConfig& config, const std::string& dataDir);

/// The story for a data folder, checked against `atlas`: storyPath's file, or none (an empty story, no
/// issues) when no story is configured and the folder has no story.json: the map works without one.
[[nodiscard]] StoryLoad loadFolderStory(const AppConfig& config, const std::string& dataDir,
                                        const Atlas& atlas);

} // namespace app
