#include "export/write_failure.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <sys/statvfs.h>
#include <system_error>

namespace app {

namespace fs = std::filesystem;

std::string whyImageNotWritten(const std::string& file) {
    const fs::path path(file);
    std::error_code ec;
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    if (!fs::exists(folder, ec)) return "the folder " + folder.string() + " does not exist";
    if (!fs::is_directory(folder, ec)) return folder.string() + " is not a folder";
    if (fs::is_directory(path, ec))
        return "it is a folder; give a file name, for example " + (path / "map.png").string();
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension != ".png" && extension != ".jpg" && extension != ".jpeg" && extension != ".bmp" &&
        extension != ".tga")
        return "the name must end in .png (or .jpg, .bmp, .tga) to say the image format";
    // Opening for appending creates nothing new if SFML already made the file, and changes no content.
    const bool existed = fs::exists(path, ec);
    if (std::FILE* f = std::fopen(file.c_str(), "ab")) {
        std::fclose(f);
        if (!existed) fs::remove(path, ec);
    } else {
        return std::strerror(errno);
    }
    struct statvfs disk {};
    if (statvfs(folder.c_str(), &disk) == 0 && disk.f_bavail == 0) return "the disk is full";
    return "the image encoder failed";
}

} // namespace app
