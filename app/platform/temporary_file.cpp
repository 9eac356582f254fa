#include "platform/temporary_file.hpp"

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace app {

namespace {

// Twelve hex digits from the kernel's random source: 2^48 names, so a name cannot be planted in advance.
std::string randomName() {
    std::random_device device; // /dev/urandom (getrandom) on Linux
    std::array<char, 13> text{};
    const unsigned long long value =
        (static_cast<unsigned long long>(device()) << 16U) ^ static_cast<unsigned long long>(device());
    std::snprintf(text.data(), text.size(), "%012llx", value & 0xffffffffffffULL);
    return text.data();
}

fs::path folderOf(const fs::path& target) {
    return target.parent_path().empty() ? fs::path(".") : target.parent_path();
}

} // namespace

std::optional<std::string> folderProblem(const fs::path& folder) {
    struct stat status {};
    if (::stat(folder.c_str(), &status) != 0)
        return errno == ENOENT
                   ? "the folder " + folder.string() + " does not exist"
                   : "the folder " + folder.string() + " cannot be reached (" + std::strerror(errno) + ")";
    if (!S_ISDIR(status.st_mode)) return folder.string() + " is not a folder";
    if (::access(folder.c_str(), W_OK | X_OK) != 0)
        return "the folder " + folder.string() + " is not writable (" + std::strerror(errno) + ")";
    return std::nullopt;
}

std::optional<TemporaryFile> TemporaryFile::createBeside(const fs::path& target, std::string& error) {
    const fs::path folder = folderOf(target);
    if (auto problem = folderProblem(folder)) {
        error = "cannot write " + target.string() + ": " + *problem;
        return std::nullopt;
    }
    struct stat status {};
    if (::stat(target.c_str(), &status) == 0 && S_ISDIR(status.st_mode)) {
        error = "cannot write " + target.string() + ": it is a folder";
        return std::nullopt;
    }
    const std::string stem = target.stem().string();
    const std::string extension = target.extension().string();
    for (int attempt = 0; attempt < 16; ++attempt) {
        const fs::path path = folder / ("." + stem + "." + randomName() + ".partial" + extension);
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd >= 0) return TemporaryFile(target, path, fd);
        if (errno != EEXIST) {
            error = "cannot write " + target.string() + ": cannot create a file in " + folder.string() +
                    " (" + std::strerror(errno) + ")";
            return std::nullopt;
        }
    }
    error = "cannot write " + target.string() + ": no free temporary name in " + folder.string();
    return std::nullopt;
}

TemporaryFile::TemporaryFile(TemporaryFile&& other) noexcept
    : m_target(std::move(other.m_target)), m_path(std::move(other.m_path)), m_fd(other.m_fd),
      m_done(other.m_done) {
    other.m_fd = -1;
    other.m_done = true;
}

TemporaryFile& TemporaryFile::operator=(TemporaryFile&& other) noexcept {
    if (this == &other) return *this;
    discard();
    m_target = std::move(other.m_target);
    m_path = std::move(other.m_path);
    m_fd = other.m_fd;
    m_done = other.m_done;
    other.m_fd = -1;
    other.m_done = true;
    return *this;
}

TemporaryFile::~TemporaryFile() { discard(); }

bool TemporaryFile::write(const std::string& text, std::string& error) {
    size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(m_fd, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            error = "cannot write " + m_path.string() + " (" + std::strerror(errno) + ")";
            return false;
        }
        written += static_cast<size_t>(n);
    }
    return true;
}

void TemporaryFile::close() {
    if (m_fd >= 0) ::close(m_fd);
    m_fd = -1;
}

bool TemporaryFile::commit(std::string& error) {
    if (m_done) {
        error = "nothing to commit for " + m_target.string();
        return false;
    }
    close();
    if (::rename(m_path.c_str(), m_target.c_str()) != 0) {
        error = "cannot replace " + m_target.string() + " (" + std::strerror(errno) + ")";
        discard();
        return false;
    }
    m_done = true;
    return true;
}

void TemporaryFile::discard() {
    close();
    if (m_done) return;
    ::unlink(m_path.c_str());
    m_done = true;
}

} // namespace app
