#pragma once
// Why an image could not be written. SFML's saveToFile says only true or false (and "Failed to save image"
// into the log), so `--export-png` said "cannot write X" and nothing more; this asks the file system
// afterwards, so the message says what the user can change.
#include <string>

namespace app {

/// One phrase for "cannot write FILE: <phrase>": the folder is missing or is not a folder, the path is a
/// folder, the name has no image format SFML knows (.png .jpg .jpeg .bmp .tga), the file cannot be opened
/// for writing (the system's reason: permission, read-only file system …), or the disk is full. When none
/// of these holds: "the image encoder failed".
[[nodiscard]] std::string whyImageNotWritten(const std::string& file);

} // namespace app
