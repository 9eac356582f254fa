#pragma once
// The few questions the dataset loader asks about files, asked through GDAL's virtual file system
// (VSI) instead of std::filesystem, so a dataset folder may be a real folder or one GDAL holds in memory
// (/vsimem/…, which the fuzzers fill from bytes) and the loader runs the same code on both.
#include <optional>
#include <string>
#include <vector>

namespace geodata::vsi {

[[nodiscard]] bool exists(const std::string& path);
[[nodiscard]] bool isFolder(const std::string& path);
/// The names (not paths) of the regular files directly in `folder`, sorted.
[[nodiscard]] std::vector<std::string> fileNames(const std::string& folder);
/// The names of everything directly in `folder` (files, folders, links, FIFOs …), sorted.
[[nodiscard]] std::vector<std::string> entryNames(const std::string& folder);
/// The whole file, or nullopt when it cannot be read, is not a regular file or is larger than
/// kMaxTextFileBytes.
[[nodiscard]] std::optional<std::string> readFile(const std::string& path);

} // namespace geodata::vsi
