// The image path rules of timeline.json.
#include "timeline_reader.hpp"

#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace geodata::detail {

std::optional<std::string> imagePathProblem(const std::string& image, const std::string& datasetFolder) {
    // Backslashes and drive letters would be read differently on another system; refuse them everywhere.
    if (image.find('\\') != std::string::npos) return "image path must use '/' as separator";
    if (image.find(':') != std::string::npos) return "image must be a relative file path, not a URL or drive";
    const fs::path given(image);
    if (given.is_absolute() || given.has_root_directory())
        return "image path '" + image + "' is absolute; give it relative to the dataset folder";
    const fs::path normal = given.lexically_normal();
    if (normal.empty() || normal == ".") return "image path '" + image + "' does not name a file";
    if (*normal.begin() == "..") return "image path '" + image + "' leaves the dataset folder";
    if (datasetFolder.empty()) return std::nullopt;

    std::error_code ec;
    const fs::path folder = fs::weakly_canonical(fs::path(datasetFolder), ec);
    if (ec) return std::nullopt; // the dataset folder itself is the caller's problem, not the image's
    const fs::path full = fs::weakly_canonical(folder / normal, ec);
    if (ec || !fs::is_regular_file(full, ec)) return "image '" + image + "' not found in the dataset folder";
    // A symlink inside the folder may still point out of it.
    const fs::path rel = full.lexically_relative(folder);
    if (rel.empty() || *rel.begin() == "..")
        return "image '" + image + "' resolves outside the dataset folder";
    return std::nullopt;
}

} // namespace geodata::detail
