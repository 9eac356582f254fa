#include "modes/kiosk/heartbeat.hpp"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <utility>

namespace app {

namespace {

std::int64_t systemUnixSeconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

Heartbeat::Heartbeat(std::string path, double periodSeconds, WallClock wallClock)
    : m_path(std::move(path)), m_period(std::max(periodSeconds, 0.1)),
      m_wallClock(wallClock ? std::move(wallClock) : WallClock(systemUnixSeconds)),
      m_sinceBeat(m_period) /* so the first advance beats at once */ {}

void Heartbeat::advance(double dt) {
    if (m_path.empty()) return; // no heartbeat configured
    if (dt > 0) m_sinceBeat += dt;
    if (m_sinceBeat < m_period) return;
    m_sinceBeat = 0;
    beat();
}

bool Heartbeat::beat() {
    if (m_path.empty()) return false;
    namespace fs = std::filesystem;
    std::string problem;
    try {
        // Written beside the file and renamed over it, so a monitor reading the file never sees it
        // half written; the rename gives the file a fresh mtime too.
        const std::string temporary = m_path + ".tmp";
        {
            std::ofstream out(temporary, std::ios::trunc);
            out << m_wallClock() << '\n';
            out.flush();
            if (!out) problem = "cannot write " + temporary;
        }
        if (problem.empty()) {
            std::error_code ec;
            fs::rename(temporary, m_path, ec);
            if (ec) {
                problem = "cannot replace " + m_path + ": " + ec.message();
                fs::remove(temporary, ec);
            }
        }
    } catch (const std::exception& e) { // a heartbeat must never take the kiosk down
        problem = e.what();
    } catch (...) {
        problem = "unknown error";
    }
    m_lastOk = problem.empty();
    if (m_lastOk) {
        ++m_beats;
        m_reported = false;
    } else if (!m_reported) {
        std::cerr << "warning: heartbeat: " << problem << " (retrying every " << m_period << " s)\n";
        m_reported = true;
    }
    return m_lastOk;
}

} // namespace app
