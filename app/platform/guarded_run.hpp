#pragma once
// The app's last line of defence: whatever escapes the program is logged and turned into an exit
// status, and a kiosk's visitors see the calm restart screen instead of an error (fatal_screen.hpp).
#include <functional>

namespace app {

/// EX_SOFTWARE from sysexits.h: an internal error. Any non-zero status makes the kiosk's service
/// restart the app (docs/KIOSK.md).
inline constexpr int kUnexpectedErrorStatus = 70;

/// Whether an X display is set (DISPLAY): SFML aborts without one, and the fatal screen needs one.
[[nodiscard]] bool hasDisplay();

/// What `body` tells the guard while it runs: whether this is a kiosk (known only once the options
/// are read, so the body sets it).
struct RunMode {
    bool kiosk = false;
};

/// Runs `body` and returns its status. An exception escaping it is logged with its message (log.hpp),
/// a kiosk with a display shows the fatal screen for `screenSeconds`, and kUnexpectedErrorStatus is
/// returned. Nothing is rethrown and no technical text reaches the screen.
[[nodiscard]] int runGuarded(const std::function<int(RunMode&)>& body, double screenSeconds);

} // namespace app
