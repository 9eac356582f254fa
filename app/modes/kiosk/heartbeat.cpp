#include "modes/kiosk/heartbeat.hpp"

#include "platform/temporary_file.hpp"

#include <chrono>
#include <iostream>
#include <optional>
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
    std::string problem;
    try {
        // Written beside the file and renamed over it, so a monitor reading the file never sees it half
        // written; the rename gives the file a fresh mtime too. The temporary file has a name nobody can
        // guess and is created with O_EXCL|O_NOFOLLOW: the heartbeat usually lives in the shared /tmp,
        // where a fixed name ("…heartbeat.tmp") let anyone plant a link whose target was then overwritten.
        std::optional<TemporaryFile> temporary = TemporaryFile::createBeside(m_path, problem);
        if (temporary && temporary->write(std::to_string(m_wallClock()) + "\n", problem))
            temporary->commit(problem);
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
