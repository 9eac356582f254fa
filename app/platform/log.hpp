#pragma once
// The app's log: one timestamped line per message in a file that an operator can read weeks later, and
// the same message on stderr (which systemd's journal keeps for a kiosk). The file is rotated by size so
// a kiosk that runs for months never fills its disk. Logging never throws and never stops the app: when
// the file cannot be written (no such folder, read-only, disk full) messages go to stderr only, the
// problem is said once, and the file is tried again later.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace app {

// Debug: details for whoever investigates (a library's harmless remarks); kept only with `debug` set.
enum class LogLevel { Debug, Info, Warning, Error };

struct LogSettings {
    std::string path; // the log file; empty = stderr only
    std::uintmax_t maxBytes =
        std::uintmax_t{1024} * 1024; // the file is rotated before a line would take it past this
    int keepFiles = 5;               // rotated files kept: path.1 (newest) … path.keepFiles (oldest)
    bool mirrorToStderr = true;
    double retrySeconds = 60; // after a failed write, how long to wait before trying the file again
    bool debug = false;       // write Debug lines too (TIDSATLAS_LOG_DEBUG=1); off, they are dropped
    // A flood (1.87 million warnings from a 54 MB population.csv) rotated through all five old files in one
    // start, and the operator's history was gone. After a rotation, the next one waits this long: until
    // then the file is full and lines go to stderr (the journal) only, said once in the file.
    // 0 = rotate whenever the file is full (the rotation tests).
    double rotationPauseSeconds = 3600;
};

/// `$XDG_STATE_HOME/tidsatlas/tidsatlas.log`, else `$HOME/.local/state/tidsatlas/tidsatlas.log` (the XDG
/// base directory rule); empty when neither variable is set.
[[nodiscard]] std::string defaultLogPath();

class Logger {
  public:
    /// Wall-clock time for the line stamps; injected in tests.
    using Clock = std::function<std::chrono::system_clock::time_point()>;

    explicit Logger(LogSettings settings = {}, Clock clock = {});
    ~Logger();
    Logger(const Logger&) = delete;
    Logger& operator=(const Logger&) = delete;

    /// Writes one line per line of `message` ("2026-11-27T03:26:44.123Z warning: …"); safe from any thread.
    /// The lines of one call are written together, never interleaved with another thread's.
    void write(LogLevel level, std::string_view message) noexcept;
    void info(std::string_view message) noexcept { write(LogLevel::Info, message); }
    void warning(std::string_view message) noexcept { write(LogLevel::Warning, message); }
    void error(std::string_view message) noexcept { write(LogLevel::Error, message); }

    /// Switches to other settings (another file, size limit …), closing the current file; thread-safe.
    void reconfigure(LogSettings settings) noexcept;

    [[nodiscard]] LogSettings settings() const;
    /// True while lines reach the file (false with no path, or after a failed write until a retry works).
    [[nodiscard]] bool fileOk() const;

  private:
    bool openFile();                         // with m_mutex held
    void rotate();                           // with m_mutex held
    void fileFailed(const std::string& why); // with m_mutex held

    LogSettings m_settings;
    Clock m_clock;
    mutable std::mutex m_mutex;
    std::FILE* m_file = nullptr;
    std::uintmax_t m_size = 0;  // bytes in the current file
    bool m_failed = false;      // the file could not be written; only stderr until the retry time
    bool m_missedLines = false; // lines went to stderr only while the file failed; said in the file later
    std::optional<std::chrono::steady_clock::time_point> m_lastRotation; // by this process
    std::uintmax_t m_heldLines = 0; // lines kept out of the full file during a rotation pause
    std::chrono::steady_clock::time_point m_retryAt;
};

/// The process's logger. Until configureLog() is called it writes to stderr only.
[[nodiscard]] Logger& logger();
/// Sets up the process's logger (main calls it once the command line is read).
inline void configureLog(LogSettings settings) { logger().reconfigure(std::move(settings)); }

inline void logInfo(std::string_view message) noexcept { logger().info(message); }
inline void logWarning(std::string_view message) noexcept { logger().warning(message); }
inline void logError(std::string_view message) noexcept { logger().error(message); }

} // namespace app
