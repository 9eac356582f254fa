#include "content/bundled_files.hpp"

#include <system_error>
#include <vector>

#ifndef TIDSATLAS_DATA_FROM_BIN
#define TIDSATLAS_DATA_FROM_BIN "../share/tidsatlas/data"
#endif

namespace app {

std::filesystem::path installedDataRoot(const std::filesystem::path& exe) {
    return (exe.parent_path() / TIDSATLAS_DATA_FROM_BIN).lexically_normal();
}

std::optional<std::filesystem::path> findBundledDir(const std::string& relative,
                                                    const std::filesystem::path& exe,
                                                    const std::filesystem::path& sourceDir) {
    std::vector<std::filesystem::path> candidates{std::filesystem::path("data") / relative};
    if (!exe.empty()) candidates.push_back(installedDataRoot(exe) / relative);
    if (!sourceDir.empty()) candidates.push_back(sourceDir / "data" / relative);
    for (const auto& candidate : candidates) {
        std::error_code error; // an unreadable folder on the way is the same as a missing one
        if (std::filesystem::is_directory(candidate, error)) return candidate;
    }
    return std::nullopt;
}

std::filesystem::path runningExecutable() {
    std::error_code error;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::filesystem::path() : exe;
}

std::string bundledDir(const std::string& relative) {
    const auto found = findBundledDir(relative, runningExecutable(), TIDSATLAS_SOURCE_DIR);
    return found ? found->string() : (std::filesystem::path("data") / relative).string();
}

} // namespace app
