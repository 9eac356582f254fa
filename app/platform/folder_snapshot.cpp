#include "platform/folder_snapshot.hpp"

#include <algorithm>
#include <set>

namespace fs = std::filesystem;

namespace app {

namespace {

// Editors' swap, lock and backup files: they change while a curator types, but are not data.
bool ignoredName(const fs::path& relative) {
    for (const fs::path& part : relative) {
        const std::string name = part.string();
        if (name.empty()) continue;
        if (name.front() == '.' || name.back() == '~') return true;
    }
    return false;
}

} // namespace

FolderSnapshot snapshotFolder(const std::string& folder) {
    FolderSnapshot snapshot;
    std::error_code ec;
    fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
    for (const fs::recursive_directory_iterator end; !ec && it != end; it.increment(ec)) {
        const fs::path relative = it->path().lexically_relative(folder);
        if (ignoredName(relative)) {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        std::error_code fileEc;
        if (!it->is_regular_file(fileEc)) continue;
        FileStamp stamp;
        stamp.size = it->file_size(fileEc);
        if (fileEc) continue; // removed between listing and reading: the next poll sees it gone
        stamp.modified = it->last_write_time(fileEc);
        if (fileEc) continue;
        snapshot.emplace(relative.generic_string(), stamp);
    }
    return snapshot;
}

std::vector<std::string> changedFiles(const FolderSnapshot& before, const FolderSnapshot& after) {
    std::set<std::string> changed;
    for (const auto& [name, stamp] : before) {
        const auto found = after.find(name);
        if (found == after.end() || !(found->second == stamp)) changed.insert(name);
    }
    for (const auto& [name, stamp] : after)
        if (!before.contains(name)) changed.insert(name);
    return {changed.begin(), changed.end()};
}

} // namespace app
