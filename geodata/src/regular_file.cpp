#include "geodata/regular_file.hpp"

#include "geodata/text_file.hpp"

#include <cerrno>
#include <cpl_vsi.h>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace geodata {

namespace {

std::string kindOf(mode_t mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a file";
}

std::string notRegular(mode_t mode) { return "is " + kindOf(mode) + ", not a regular file"; }

} // namespace

std::optional<std::string> notRegularFile(const std::string& path) {
    if (path.starts_with("/vsi")) {
        VSIStatBufL status;
        if (VSIStatL(path.c_str(), &status) != 0 || VSI_ISREG(status.st_mode)) return std::nullopt;
        return notRegular(status.st_mode);
    }
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0 || S_ISREG(status.st_mode)) return std::nullopt;
    return notRegular(status.st_mode);
}

std::optional<std::string> readRegularFile(const std::string& path, std::string& why,
                                           std::uintmax_t maxBytes) {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, for ever.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        why = std::string("cannot open the file (") + std::strerror(errno) + ")";
        return std::nullopt;
    }
    struct stat status {};
    const bool known = ::fstat(fd, &status) == 0;
    if (!known || !S_ISREG(status.st_mode)) {
        why = known ? notRegular(status.st_mode) : "cannot read the file";
        ::close(fd);
        return std::nullopt;
    }
    std::string content;
    const auto tooLarge = [&] {
        why = "the file is larger than " + megabytes(maxBytes) +
              ", the most a file of the data may hold (is it the right file?)";
        ::close(fd);
        return std::nullopt;
    };
    if (status.st_size > 0 && static_cast<std::uintmax_t>(status.st_size) > maxBytes) return tooLarge();
    if (status.st_size > 0) content.reserve(static_cast<size_t>(status.st_size));
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            why = std::string("cannot read the file (") + std::strerror(errno) + ")";
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0) break;
        content.append(buffer, static_cast<size_t>(n));
        if (content.size() > maxBytes) return tooLarge();
    }
    ::close(fd);
    return content;
}

} // namespace geodata
