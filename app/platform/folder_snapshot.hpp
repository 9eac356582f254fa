#pragma once
// What a data folder holds at one moment (file sizes and modification times), to notice a curator's edits.
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace app {

struct FileStamp {
    std::uintmax_t size = 0;
    std::filesystem::file_time_type modified;
    bool operator==(const FileStamp&) const = default;
};

/// Every data file below a folder (relative path → size and mtime). Hidden files and editor backups
/// (names starting with '.' or ending in '~', such as vim's .timeline.json.swp and LibreOffice's lock
/// files) are left out, so an open editor does not trigger reloads. A missing folder gives an empty
/// snapshot. Never throws.
using FolderSnapshot = std::map<std::string, FileStamp>;
[[nodiscard]] FolderSnapshot snapshotFolder(const std::string& folder);

/// The files that differ between two snapshots (added, removed or changed), sorted.
[[nodiscard]] std::vector<std::string> changedFiles(const FolderSnapshot& before,
                                                    const FolderSnapshot& after);

} // namespace app
