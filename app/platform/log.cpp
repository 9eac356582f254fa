#include "platform/log.hpp"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace app {

namespace {

const char* levelWord(LogLevel level) {
    switch (level) {
    case LogLevel::Debug:
        return "debug";
    case LogLevel::Info:
        return "info";
    case LogLevel::Warning:
        return "warning";
    case LogLevel::Error:
        return "error";
    }
    return "info";
}

// "2026-11-27T03:26:44.123Z": UTC, so lines from a kiosk compare with the journal and other machines.
std::string timestamp(std::chrono::system_clock::time_point when) {
    const auto sinceEpoch = when.time_since_epoch();
    const std::time_t seconds = std::chrono::duration_cast<std::chrono::seconds>(sinceEpoch).count();
    const long millis =
        static_cast<long>(std::chrono::duration_cast<std::chrono::milliseconds>(sinceEpoch).count() % 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[40];
    const std::size_t n = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &utc);
    std::snprintf(text + n, sizeof text - n, ".%03ldZ", millis < 0 ? 0 : millis);
    return text;
}

// Every line of the message behind the same prefix, so each line stands alone (`grep` on the file always
// shows when and how bad).
std::string prefixedLines(const std::string& prefix, std::string_view message) {
    std::string out;
    std::size_t start = 0;
    do {
        std::size_t end = message.find('\n', start);
        if (end == std::string_view::npos) end = message.size();
        out += prefix;
        out.append(message.substr(start, end - start));
        out += '\n';
        start = end + 1;
    } while (start < message.size());
    return out;
}

std::string fileLines(const std::string& stamp, LogLevel level, std::string_view message) {
    return prefixedLines(stamp + ' ' + levelWord(level) + ": ", message);
}

// The journal stamps lines itself, so stderr gets the app's usual "tidsatlas: …" form.
std::string stderrLines(LogLevel level, std::string_view message) {
    std::string prefix = "tidsatlas: ";
    if (level != LogLevel::Info) prefix += std::string(levelWord(level)) + ": ";
    return prefixedLines(prefix, message);
}

void toStderr(const std::string& text) { std::fwrite(text.data(), 1, text.size(), stderr); }

std::string rotatedName(const std::string& path, int index) { return path + "." + std::to_string(index); }

} // namespace

std::string defaultLogPath() {
    const char* state = std::getenv("XDG_STATE_HOME");
    // The XDG rule: a relative XDG_STATE_HOME is invalid and must be ignored.
    if (state && state[0] == '/') return (fs::path(state) / "tidsatlas" / "tidsatlas.log").string();
    const char* home = std::getenv("HOME");
    if (home && *home) return (fs::path(home) / ".local" / "state" / "tidsatlas" / "tidsatlas.log").string();
    return {};
}

Logger::Logger(LogSettings settings, Clock clock)
    : m_settings(std::move(settings)),
      m_clock(clock ? std::move(clock) : Clock(std::chrono::system_clock::now)) {}

Logger::~Logger() {
    if (m_file) std::fclose(m_file);
}

void Logger::reconfigure(LogSettings settings) noexcept {
    const std::lock_guard lock(m_mutex);
    if (m_file) std::fclose(m_file);
    m_file = nullptr;
    m_size = 0;
    m_failed = false;
    m_missedLines = false;
    m_lastRotation.reset();
    m_heldLines = 0;
    m_settings = std::move(settings);
}

LogSettings Logger::settings() const {
    const std::lock_guard lock(m_mutex);
    return m_settings;
}

bool Logger::fileOk() const {
    const std::lock_guard lock(m_mutex);
    return m_file != nullptr && !m_failed;
}

bool Logger::openFile() {
    std::error_code ec;
    const fs::path path(m_settings.path);
    if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
    // "a+": every write appends, and the last byte can still be read (see below).
    m_file = std::fopen(m_settings.path.c_str(), "a+");
    if (!m_file) {
        fileFailed(std::strerror(errno));
        return false;
    }
    m_size = 0;
    if (std::fseek(m_file, 0, SEEK_END) == 0) {
        const long end = std::ftell(m_file);
        if (end > 0) {
            m_size = static_cast<std::uintmax_t>(end);
            // A line cut short by an earlier crash or a full disk: start on a fresh line.
            if (std::fseek(m_file, -1, SEEK_END) == 0 && std::fgetc(m_file) != '\n') {
                std::fputc('\n', m_file);
                ++m_size;
            }
        }
    }
    return true;
}

void Logger::fileFailed(const std::string& why) {
    if (m_file) std::fclose(m_file);
    m_file = nullptr;
    if (!m_failed) // said once per run of failures, not once per line
        toStderr("tidsatlas: warning: cannot write the log file " + m_settings.path + " (" + why +
                 "); logging to stderr only, trying the file again every " +
                 std::to_string(static_cast<long>(m_settings.retrySeconds)) + " s\n");
    m_failed = true;
    m_missedLines = true;
    m_retryAt =
        std::chrono::steady_clock::now() + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                               std::chrono::duration<double>(m_settings.retrySeconds));
}

void Logger::rotate() {
    std::fclose(m_file);
    m_file = nullptr;
    std::error_code ec;
    const std::string& path = m_settings.path;
    // Oldest first: path.keep goes, path.(i) becomes path.(i+1), the current file becomes path.1.
    if (m_settings.keepFiles <= 0) {
        fs::remove(path, ec);
    } else {
        fs::remove(rotatedName(path, m_settings.keepFiles), ec);
        for (int i = m_settings.keepFiles - 1; i >= 1; --i) {
            if (fs::exists(rotatedName(path, i), ec))
                fs::rename(rotatedName(path, i), rotatedName(path, i + 1), ec);
        }
        fs::rename(path, rotatedName(path, 1), ec);
    }
    if (ec) toStderr("tidsatlas: warning: cannot rotate the log file " + path + ": " + ec.message() + "\n");
    openFile();
}

void Logger::write(LogLevel level, std::string_view message) noexcept {
    try {
        const std::string stamp = timestamp(m_clock());
        const std::lock_guard lock(m_mutex);
        if (level == LogLevel::Debug && !m_settings.debug) return;
        if (m_settings.mirrorToStderr) toStderr(stderrLines(level, message));
        if (m_settings.path.empty()) return;
        if (m_failed) {
            if (std::chrono::steady_clock::now() < m_retryAt) {
                if (!m_settings.mirrorToStderr) toStderr(stderrLines(level, message)); // never lost
                return;
            }
            if (!openFile()) {
                if (!m_settings.mirrorToStderr) toStderr(stderrLines(level, message));
                return;
            }
        } else if (!m_file && !openFile()) {
            if (!m_settings.mirrorToStderr) toStderr(stderrLines(level, message));
            return;
        }
        std::string text;
        if (m_missedLines) {
            text =
                fileLines(stamp, LogLevel::Warning,
                          "the log file could not be written for a while; those lines went to stderr only");
        }
        text += fileLines(stamp, level, message);
        // Rotate before the line would take the file past the limit, so no file ever ends in half a line
        // and none grows past maxBytes (except a single message longer than maxBytes, kept whole).
        std::error_code ec;
        if (m_size > 0 && m_size + text.size() > m_settings.maxBytes &&
            fs::is_regular_file(m_settings.path, ec)) {
            const auto now = std::chrono::steady_clock::now();
            const auto pause = std::chrono::duration<double>(m_settings.rotationPauseSeconds);
            if (m_lastRotation && now - *m_lastRotation < pause) {
                // Full again soon after the last rotation: a flood. Keep the older files; one line says so.
                if (m_heldLines++ == 0) {
                    const std::string held = fileLines(
                        stamp, LogLevel::Warning,
                        "the log filled up again within " +
                            std::to_string(std::lround(m_settings.rotationPauseSeconds / 60)) +
                            " minutes of its last rotation; so that the older log files are kept, further "
                            "lines go to stderr (the journal) only until then");
                    std::fwrite(held.data(), 1, held.size(), m_file);
                    std::fflush(m_file);
                    m_size += held.size();
                }
                if (!m_settings.mirrorToStderr) toStderr(stderrLines(level, message));
                return;
            }
            rotate();
            m_lastRotation = now;
            if (m_heldLines > 0 && m_file) {
                text = fileLines(stamp, LogLevel::Warning,
                                 std::to_string(m_heldLines) +
                                     " lines went to stderr (the journal) only while the log was full") +
                       text;
                m_heldLines = 0;
            }
        }
        if (!m_file) return; // rotate() could not reopen; it said why
        const std::size_t written = std::fwrite(text.data(), 1, text.size(), m_file);
        if (written != text.size() || std::fflush(m_file) != 0) {
            fileFailed(std::strerror(errno));
            if (!m_settings.mirrorToStderr) toStderr(stderrLines(level, message));
            return;
        }
        m_size += text.size();
        m_failed = false;
        m_missedLines = false;
    } catch (...) { // out of memory while formatting: drop the line rather than the app
    }
}

Logger& logger() {
    static Logger logger;
    return logger;
}

} // namespace app
