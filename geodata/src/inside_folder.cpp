#include "geodata/inside_folder.hpp"

#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace geodata {

std::optional<std::string> outsideFolderProblem(const std::string& name, const std::string& folder) {
    if (name.starts_with("/vsi"))
        return "'" + name +
               "' is a GDAL virtual file system path; a dataset's files must be in its own folder";
    const fs::path given(name);
    if (given.is_absolute() || given.has_root_directory())
        return "'" + name + "' is an absolute path; name the file relative to the dataset folder";
    const fs::path normal = given.lexically_normal();
    if (normal.empty() || normal == ".") return "'" + name + "' does not name a file";
    if (*normal.begin() == "..") return "'" + name + "' leaves the dataset folder";
    // An in-memory folder (the fuzzers') has no links to follow.
    if (folder.starts_with("/vsi")) return std::nullopt;
    std::error_code ec;
    const fs::path base = fs::weakly_canonical(fs::absolute(folder, ec), ec);
    if (ec) return std::nullopt; // the folder itself is the caller's problem
    const fs::path full = fs::weakly_canonical(base / normal, ec);
    if (ec) return std::nullopt;
    const fs::path inside = full.lexically_relative(base);
    if (inside.empty() || *inside.begin() == "..")
        return "'" + name + "' resolves to " + full.string() +
               ", outside the dataset folder (a symbolic link out of it); copy the file into the folder";
    return std::nullopt;
}

} // namespace geodata
