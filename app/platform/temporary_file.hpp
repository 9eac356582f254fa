#pragma once
// A file that becomes `target` only when it is complete. It is created beside the target (same folder, so
// the final rename is atomic) under a name nobody can guess, with O_CREAT|O_EXCL|O_NOFOLLOW: a file or
// symbolic link planted under that name is never written through, and an interrupted or failed write
// leaves the target as it was. Used by the exports and the kiosk's heartbeat.
#include <filesystem>
#include <optional>
#include <string>

namespace app {

class TemporaryFile {
  public:
    /// Creates the file (mode 0666 less the umask, like any new file), open for writing. nullopt with
    /// `error` saying why, in words and naming the folder: it does not exist, is not a folder, or is not
    /// writable; or the target itself is a folder.
    [[nodiscard]] static std::optional<TemporaryFile> createBeside(const std::filesystem::path& target,
                                                                   std::string& error);
    ~TemporaryFile(); // removes the file unless it was committed
    TemporaryFile(TemporaryFile&& other) noexcept;
    TemporaryFile& operator=(TemporaryFile&& other) noexcept; // discards what this one held
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    /// Where the content goes until commit(); keeps the target's extension (ffmpeg and SFML choose the
    /// format by it): "dir/.video.3f9a0c1d2e4b.partial.mp4".
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
    /// The open descriptor (-1 once closed).
    [[nodiscard]] int descriptor() const { return m_fd; }
    /// Writes all of `text` to the descriptor; false with `error` set on failure.
    bool write(const std::string& text, std::string& error);
    /// Closes the descriptor (for a writer that opens the path itself).
    void close();
    /// Closes and renames the file over the target. False (with `error`) when that failed; the temporary
    /// file is then removed and the target untouched.
    bool commit(std::string& error);
    /// Removes the temporary file now; the target is untouched.
    void discard();

  private:
    TemporaryFile(std::filesystem::path target, std::filesystem::path path, int fd)
        : m_target(std::move(target)), m_path(std::move(path)), m_fd(fd) {}
    std::filesystem::path m_target;
    std::filesystem::path m_path;
    int m_fd = -1;
    bool m_done = false; // committed or discarded
};

/// Why `folder` cannot take a new file, in words ("the folder /x does not exist"), or nullopt when it can.
[[nodiscard]] std::optional<std::string> folderProblem(const std::filesystem::path& folder);

} // namespace app
