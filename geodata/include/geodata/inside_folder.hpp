#pragma once
// Every file a dataset names stays inside its folder, the rule timeline.json's images already had. A
// dataset.json could name "../../etc/passwd", an absolute path or a GDAL virtual file system path
// ("/vsicurl/http://…" made the app send an HTTP request), and a layer file that was a symbolic link out of
// the folder was followed. A dataset folder is something a curator copies around; what it shows must come
// from inside it.
#include <optional>
#include <string>

namespace geodata {

/// Why the file `name` (as dataset.json or a convention names it, relative to `folder`) may not be read, or
/// nullopt when it may: it is absolute, a GDAL virtual file system path (/vsi…), has a ".." that leaves the
/// folder, or (for a folder on disk) resolves through a symbolic link to somewhere outside it. A file that
/// does not exist is no problem here (the loader says so in its own words).
[[nodiscard]] std::optional<std::string> outsideFolderProblem(const std::string& name,
                                                              const std::string& folder);

} // namespace geodata
