#pragma once
// Reading a curator's text file (timeline.json, story.json, population.csv, config.json …) whole, with a
// stated size limit. Before, a 54 MB population.csv took 1.1 GB of memory and gave 1.87 million warnings,
// and a timeline.json linked to /dev/zero was read until the process ran out of memory. The limit is far
// above any real file (the bundled population.csv is 22 kB; every Swedish municipality's population for
// every year since 1863 would be about 4 MB) and is read no further than one byte past it.
#include <cstdint>
#include <optional>
#include <string>

namespace geodata {

/// The most a text file of the data, or the app's settings, may hold: 16 MiB.
inline constexpr std::uintmax_t kMaxTextFileBytes = std::uintmax_t{16} * 1024 * 1024;

struct TextFile {
    std::optional<std::string> text; // the whole file; nullopt on an error
    std::string error;               // "cannot open the file", "is larger than 16 MB, …"
};

/// Reads `path` whole, or says why not. Reads at most `maxBytes` + 1 bytes, so an endless file (a device)
/// costs no more memory than a file at the limit.
[[nodiscard]] TextFile readTextFile(const std::string& path, std::uintmax_t maxBytes = kMaxTextFileBytes);

/// "16 MB" for kMaxTextFileBytes: the limit in the words of a message.
[[nodiscard]] std::string megabytes(std::uintmax_t bytes);

} // namespace geodata
