// The path main() takes when something escapes the app: the error is logged with its message, a kiosk
// shows the calm restart screen for its time, and the exit status is 70 for the service to restart it.
#include "bundled_dataset.hpp"
#include "fixture_writer.hpp"
#include "platform/guarded_run.hpp"
#include "platform/log.hpp"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <stdexcept>
#include <string>

namespace fs = std::filesystem;

namespace {

// Points the app's logger at a file of the test's own for as long as it lives.
class CapturedLog {
  public:
    CapturedLog() : m_file(fixtures::freshFolder() / "tidsatlas.log") {
        app::LogSettings settings;
        settings.path = m_file.string();
        settings.mirrorToStderr = false;
        app::configureLog(settings);
    }
    ~CapturedLog() { app::configureLog(app::LogSettings{}); }
    CapturedLog(const CapturedLog&) = delete;
    CapturedLog& operator=(const CapturedLog&) = delete;

    [[nodiscard]] std::string text() const {
        std::ifstream in(m_file);
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }

  private:
    fs::path m_file;
};

double secondsOf(const std::function<void()>& work) {
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

TEST(GuardedRun, ANormalRunKeepsItsStatusAndLogsNothing) {
    const CapturedLog log;
    EXPECT_EQ(app::runGuarded([](app::RunMode&) { return 0; }, 0.0), 0);
    EXPECT_EQ(app::runGuarded([](app::RunMode&) { return 1; }, 0.0), 1);
    EXPECT_EQ(log.text(), "");
}

TEST(GuardedRun, AnExceptionIsLoggedAndExitsWithStatus70) {
    const CapturedLog log;
    const int status = app::runGuarded(
        [](app::RunMode&) -> int { throw std::runtime_error("the GPU driver went away"); }, 5.0);
    EXPECT_EQ(status, app::kUnexpectedErrorStatus);
    EXPECT_EQ(status, 70);
    const std::string text = log.text();
    EXPECT_NE(text.find("error: unexpected error: the GPU driver went away; exiting with status 70"),
              std::string::npos)
        << text;
    EXPECT_EQ(text.find("restart the kiosk"), std::string::npos) << "not a kiosk: " << text;
}

TEST(GuardedRun, AnythingThrownIsCaughtEvenIfNotAStdException) {
    const CapturedLog log;
    EXPECT_EQ(app::runGuarded([](app::RunMode&) -> int { throw 42; }, 0.0), 70);
    EXPECT_NE(log.text().find("an exception that is not a std::exception"), std::string::npos);
}

TEST(GuardedRun, AKioskShowsTheRestartScreenForItsTimeThenExits70) {
    if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
    const CapturedLog log;
    int status = 0;
    const double seconds = secondsOf([&] {
        status = app::runGuarded(
            [](app::RunMode& mode) -> int {
                mode.kiosk = true; // as main does once the options say --kiosk
                throw std::logic_error("a bug");
            },
            0.5);
    });
    EXPECT_EQ(status, 70);
    EXPECT_GE(seconds, 0.5) << "the calm screen stays up for its time before the app exits";
    EXPECT_LT(seconds, 10.0);
    EXPECT_NE(log.text().find(
                  "unexpected error: a bug; exiting with status 70 for the service to restart the kiosk"),
              std::string::npos)
        << log.text();
}
