#pragma once
// The parts of reading timeline.json that only the timeline needs: joint bodies, networks and the image
// path rules. The general JSON reading (JsonReader, pointers, parse errors) is public in
// geodata/json_file.hpp, shared with the app's loaders.
#include "geodata/json_file.hpp"
#include "geodata/timeline.hpp"

#include <optional>
#include <string>
#include <vector>

namespace geodata::detail {

using json::ContextChecks;
using json::describeType;
using json::Json;
using json::JsonReader;
using json::pointer;

/// Reads one entry of /bodies. Returns the body however far it got; the caller keeps it only when no new
/// issue was reported. `accepted` are the bodies read before, for the distinct-colour rule.
JointBody readBody(JsonReader& r, const ContextChecks& checks, const Json& j, const std::string& path,
                   const std::vector<JointBody>& accepted);
/// Reads one entry of /networks, with the same convention.
Network readNetwork(JsonReader& r, const Json& j, const std::string& path);

/// Why `image` may not be used, or nullopt when it is fine. It must stay inside the dataset folder after
/// normalisation (no absolute paths, no ".." that leaves it, no symlink out of it) and, when the folder is
/// known, exist.
std::optional<std::string> imagePathProblem(const std::string& image, const std::string& datasetFolder);

} // namespace geodata::detail
