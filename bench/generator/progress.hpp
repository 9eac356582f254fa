#pragma once
// How the generator says how far it has got: a stage name and the share of it done (0–1).
#include <functional>
#include <string>

namespace generator {

using Progress = std::function<void(const std::string& stage, double done)>;

} // namespace generator
