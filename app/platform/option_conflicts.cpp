#include "platform/option_conflicts.hpp"

#include <array>
#include <string_view>
#include <utility>

namespace app {

namespace {

// Each of these does one job and exits; two of them at once did only one, silently.
constexpr std::array<std::string_view, 5> kCommands{"--list", "--export-png", "--export-video", "--bench",
                                                    "--soak"};
// The window's modes, of which one opens.
constexpr std::array<std::string_view, 3> kWindowModes{"--kiosk", "--present", "--teach"};
// Options that only a window uses: with a one-shot command they did nothing.
constexpr std::array<std::string_view, 5> kWindowOnly{"--fullscreen", "--kiosk", "--present", "--teach",
                                                      "--log"};

struct Needs {
    std::string_view option;
    std::array<std::string_view, 2> oneOf; // empty entries unused
    std::string_view why;
};

constexpr std::array<Needs, 9> kNeeds{{
    {"--story", {"--export-video", ""}, "it chooses what the video shows"},
    {"--layout-json", {"--export-png", ""}, "it describes the PNG that --export-png draws"},
    {"--from", {"--export-video", ""}, "it is the video's first year"},
    {"--to", {"--export-video", "--bench"}, "it is the last year of the video or of the bench's playback"},
    {"--fps", {"--export-video", ""}, "it is the video's frame rate"},
    {"--duration", {"--export-video", ""}, "it is the video's length"},
    {"--frames", {"--bench", ""}, "it is the number of frames the bench times"},
    {"--redraw", {"--bench", ""}, "it changes how the bench draws"},
    {"--speaker-window", {"--present", ""}, "the speaker window belongs to the presentation"},
}};

} // namespace

std::optional<std::string> optionConflict(const std::set<std::string>& given) {
    const auto has = [&](std::string_view name) { return given.contains(std::string(name)); };
    std::string command;
    for (std::string_view c : kCommands) {
        if (!has(c)) continue;
        if (!command.empty())
            return command + " and " + std::string(c) +
                   " cannot be used together: each is a command that does its job and exits; run them one "
                   "after the other";
        command = c;
    }
    if (!command.empty())
        for (std::string_view w : kWindowOnly)
            if (has(w))
                return std::string(w) + " is for the window, but " + command +
                       " opens none; leave out one of them";
    std::string mode;
    for (std::string_view m : kWindowModes) {
        if (!has(m)) continue;
        if (!mode.empty())
            return mode + " and " + std::string(m) + " cannot be used together: the window opens in one mode";
        mode = m;
    }
    for (const Needs& n : kNeeds) {
        if (!has(n.option) || has(n.oneOf[0]) || (!n.oneOf[1].empty() && has(n.oneOf[1]))) continue;
        std::string needed(n.oneOf[0]);
        if (!n.oneOf[1].empty()) needed += " or " + std::string(n.oneOf[1]);
        return std::string(n.option) + " needs " + needed + " (" + std::string(n.why) + ")";
    }
    // Option pairs where one undoes or ignores the other.
    if (has("--story") && (has("--from") || has("--to")))
        return std::string("--story and ") + (has("--from") ? "--from" : "--to") +
               " cannot be used together: a story video shows the story's own years, scene by scene";
    if (has("--export-video") && has("--year"))
        return "--year has no effect on --export-video, which plays from --from to --to; use those";
    if (has("--no-cache") && has("--cache-dir"))
        return "--no-cache and --cache-dir cannot be used together: --no-cache reads and writes no cache";
    return std::nullopt;
}

} // namespace app
