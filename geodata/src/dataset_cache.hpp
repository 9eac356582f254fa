#pragma once
// The on-disk cache of processed datasets: one file per dataset folder, holding the encoded
// Dataset behind a header with a format version, the key of the sources it was built from and
// a checksum over the payload. Any problem with it means "load from the source", never failure.
#include "geodata/dataset.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace geodata {

/// Bump whenever the encoding or anything loadDataset computes changes (an algorithm, a tolerance):
/// the source key only covers the input files, so an old cache would otherwise be read back.
// 2: levels of detail; 3: coarser label anchors; 4: every vertex checked, triangles from GLU, levels by
// Douglas–Peucker with a conflict check; 5: triangles as distinct corners and indices; 6: attribute text
// that is not UTF-8 decoded, far outlier vertices refused (a cache of such data must not be read back);
// 7: the frame (Dataset::frame) and the warnings naming units left out of it.
inline constexpr std::uint32_t kCacheFormatVersion = 7;

/// The cache folder to use: options.cacheDir, else $XDG_CACHE_HOME/tidsatlas, else
/// ~/.cache/tidsatlas. nullopt (with `problem` set) when none is usable.
[[nodiscard]] std::optional<std::filesystem::path> cacheFolder(const LoadOptions& options,
                                                               std::string& problem);

/// The cache file for a dataset folder (named after its absolute path, so each folder has one).
[[nodiscard]] std::filesystem::path cacheFileFor(const std::filesystem::path& cacheFolder,
                                                 const std::string& datasetFolder);

/// Removes this dataset folder's cache files of other format versions (left by older builds).
void removeOtherVersions(const std::filesystem::path& file);

struct CacheRead {
    std::optional<Dataset> dataset; // set when the file holds a whole dataset for `sourceKey`
    std::string problem;            // why it could not be used, when that deserves a warning
};

/// Reads `file`. A missing file or one for other sources gives neither dataset nor problem.
[[nodiscard]] CacheRead readCache(const std::filesystem::path& file, std::uint64_t sourceKey);

/// Writes atomically (a temporary file renamed over the old one). Returns what went wrong, if anything.
[[nodiscard]] std::optional<std::string> writeCache(const std::filesystem::path& file,
                                                    std::uint64_t sourceKey, const Dataset& dataset);

} // namespace geodata
