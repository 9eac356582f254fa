#pragma once
// ffmpeg as a child process fed raw frames on its standard input. Started with posix_spawnp and an
// argument list (no shell, so any file name is safe), with its messages captured in an unnamed temporary
// file so that a failure can be reported in its own words, in the terminal and in the export dialog alike.
// Writing to an ffmpeg that has stopped gives an error (EPIPE), never SIGPIPE: the process ignores
// SIGPIPE from the first ffmpeg started on.
#include <string>
#include <sys/types.h>
#include <vector>

namespace app {

class FfmpegProcess {
  public:
    /// Starts `ffmpeg` with `arguments` (without the program name); running() says whether it did.
    explicit FfmpegProcess(const std::vector<std::string>& arguments);
    ~FfmpegProcess(); // a process still running is killed
    FfmpegProcess(const FfmpegProcess&) = delete;
    FfmpegProcess& operator=(const FfmpegProcess&) = delete;

    [[nodiscard]] bool running() const { return m_pid > 0; }
    /// Why it could not start, when it did not.
    [[nodiscard]] const std::string& startError() const { return m_startError; }
    /// Writes all bytes; false when ffmpeg no longer takes them (it stopped).
    bool write(const void* data, size_t size);
    /// Closes its input and waits for it. Empty when it exited with status 0; otherwise what went wrong,
    /// ending in ffmpeg's last message ("ffmpeg stopped with status 1: …: Permission denied").
    std::string finish();
    /// Stops it at once (SIGKILL) and waits for it.
    void kill();

  private:
    [[nodiscard]] std::string messages() const;
    pid_t m_pid = -1;
    int m_input = -1;    // the write end of its standard input
    int m_messages = -1; // its standard error, an unnamed temporary file
    std::string m_startError;
};

/// Ignores SIGPIPE for the whole process (once): a write to a closed pipe then fails with EPIPE, which is
/// reported, instead of ending the app with status 141.
void ignoreBrokenPipes();

} // namespace app
