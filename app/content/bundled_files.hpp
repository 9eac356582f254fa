#pragma once
// Where the files that ship with the app are found: the Södertörn dataset (data/sodertorn) and the UI
// catalogues (data/i18n). A source checkout has them in its data/ folder; an installed app has them
// beside its executable, <prefix>/bin/tidsatlas → <prefix>/share/tidsatlas/data (the package's
// /usr/share/tidsatlas/data), wherever <prefix> is, so a copy in /opt or a DESTDIR works too.
#include <filesystem>
#include <optional>
#include <string>

namespace app {

/// The data folder of an installation whose executable is `exe`: `exe`'s folder, then
/// TIDSATLAS_DATA_FROM_BIN (../share/tidsatlas/data, set by CMake from the install rules), normalised.
[[nodiscard]] std::filesystem::path installedDataRoot(const std::filesystem::path& exe);

/// The first directory that exists of: data/`relative` in the working directory (a source checkout, as
/// before there was a package), installedDataRoot(`exe`)/`relative` (skipped when `exe` is empty), and
/// `sourceDir`/data/`relative` (a binary run from its build folder). nullopt when there is none.
[[nodiscard]] std::optional<std::filesystem::path> findBundledDir(const std::string& relative,
                                                                  const std::filesystem::path& exe,
                                                                  const std::filesystem::path& sourceDir);

/// This process's executable (/proc/self/exe); empty where it cannot be read.
[[nodiscard]] std::filesystem::path runningExecutable();

/// findBundledDir for this process (its executable, the source tree it was built from); when nothing is
/// found, "data/`relative`", so that the error that follows names the folder the user expects.
[[nodiscard]] std::string bundledDir(const std::string& relative);

} // namespace app
