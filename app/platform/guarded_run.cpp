#include "platform/guarded_run.hpp"

#include "platform/fatal_screen.hpp"
#include "platform/log.hpp"

#include <cstdlib>
#include <exception>
#include <string>

namespace app {

bool hasDisplay() {
    const char* display = std::getenv("DISPLAY");
    return display && *display;
}

namespace {

// The details go to the log (and stderr, so the journal has them too); a kiosk's visitors see only the
// calm restart screen, then the service restarts the app.
int unexpectedError(const std::string& what, bool kiosk, double screenSeconds) {
    logError("unexpected error: " + what + "; exiting with status " + std::to_string(kUnexpectedErrorStatus) +
             (kiosk ? " for the service to restart the kiosk" : ""));
    if (kiosk && hasDisplay()) {
        try {
            showFatalScreen(screenSeconds);
        } catch (...) { // the screen is a courtesy; the exit status is what matters
        }
    }
    return kUnexpectedErrorStatus;
}

} // namespace

int runGuarded(const std::function<int(RunMode&)>& body, double screenSeconds) {
    RunMode mode;
    try {
        return body(mode);
    } catch (const std::exception& e) {
        return unexpectedError(e.what(), mode.kiosk, screenSeconds);
    } catch (...) {
        return unexpectedError("an exception that is not a std::exception", mode.kiosk, screenSeconds);
    }
}

} // namespace app
