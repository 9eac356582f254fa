#pragma once
// Reading a data file only when it is a regular file. A FIFO named timeline.json blocked the first read
// for good (start-up hung, and during a reload the background thread never came back, so later valid
// edits were never loaded); a device such as /dev/zero never ends. Every loader that reads a file whole
// goes through here, and the layers GDAL reads are checked the same way (notRegularFile) before they are
// opened.
#include <cstdint>
#include <optional>
#include <string>

namespace geodata {

/// What `path` is when it exists and is not a regular file: "a FIFO (named pipe)", "a folder", "a character
/// device", …, in the words "is a FIFO (named pipe), not a regular file". nullopt for a regular file or a
/// path that does not exist (the caller reports a missing file in its own words). Asked through GDAL's
/// virtual file system for /vsi… paths (the fuzzers' in-memory folders), of the file system otherwise;
/// a symbolic link counts as what it points to.
[[nodiscard]] std::optional<std::string> notRegularFile(const std::string& path);

/// The whole file, or nullopt with `why` in words: it cannot be opened (the system's reason), or it is not
/// a regular file. Opened without blocking and checked on the open descriptor, so a FIFO put in its place
/// between a check and the open cannot block either.
/// A file larger than `maxBytes` is refused too, having read no more than `maxBytes` + 1 bytes of it.
[[nodiscard]] std::optional<std::string> readRegularFile(const std::string& path, std::string& why,
                                                         std::uintmax_t maxBytes = UINTMAX_MAX);

} // namespace geodata
