#include "cli/check_command.hpp"

#include "cli/check_output.hpp"
#include "cli/dataset_check.hpp"

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <stop_token>
#include <string>
#include <thread>
#include <unistd.h>

namespace app {

namespace {

using Clock = std::chrono::steady_clock;

// A line on stderr that appears only once the check has run for a second (the bundled data never shows
// it; a country's data does), redrawn in place on a terminal, one line per stage into a log file.
class ProgressLine {
  public:
    explicit ProgressLine(std::string folder)
        : m_folder(std::move(folder)), m_terminal(isatty(STDERR_FILENO) != 0),
          m_thread([this](std::stop_token stop) { run(stop); }) {}
    ~ProgressLine() {
        m_thread.request_stop();
        m_thread.join();
        if (m_shown && m_terminal) std::fprintf(stderr, "\n");
    }
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    void stage(const std::string& what) {
        const std::lock_guard lock(m_mutex);
        m_stage = what;
    }

  private:
    void run(const std::stop_token& stop) {
        std::string printed;
        std::unique_lock lock(m_mutex);
        while (!stop.stop_requested()) {
            m_wake.wait_for(lock, stop, std::chrono::milliseconds(250), [] { return false; });
            const double seconds = std::chrono::duration<double>(Clock::now() - m_start).count();
            if (stop.stop_requested() || seconds < 1.0) continue;
            if (m_terminal) {
                std::fprintf(stderr, "\r\033[Kchecking %s: %s (%.0f s)", m_folder.c_str(), m_stage.c_str(),
                             seconds);
            } else if (m_stage != printed) {
                std::fprintf(stderr, "checking %s: %s (%.0f s)\n", m_folder.c_str(), m_stage.c_str(),
                             seconds);
                printed = m_stage;
            }
            std::fflush(stderr);
            m_shown = true;
        }
    }

    const std::string m_folder;
    const bool m_terminal;
    const Clock::time_point m_start = Clock::now();
    std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::string m_stage = "starting";
    bool m_shown = false;
    std::jthread m_thread; // last: it runs as soon as it is made
};

} // namespace

int runCheck(const Options& options) {
    ConfigLoad config;
    if (!options.config.empty()) config = loadConfig(options.config);
    for (const std::string& problem : config.problems)
        std::fprintf(stderr, "tidsatlas: %s\n", problem.c_str());
    CheckReport report;
    {
        ProgressLine progress(options.dataDir);
        report = checkDataset(options.dataDir, {!options.noCache, options.cacheDir}, config.config,
                              [&](const std::string& stage) { progress.stage(stage); });
    }
    if (options.json)
        std::cout << checkJson(report).dump(2) << "\n";
    else
        writeCheckText(report, std::cout);
    return report.exitCode();
}

} // namespace app
