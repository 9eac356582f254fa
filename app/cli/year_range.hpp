#pragma once
// The years a one-shot command (--list, --export-png, --export-video, --bench) is asked for must lie in
// the data: outside it, --list printed nothing and exited 0, and --export-png drew an empty sea reading
// "1800 · 0 kommuner". The window clamps instead (its playback cannot leave the data's years).
#include "geodata/dataset.hpp"
#include "platform/options.hpp"

#include <optional>
#include <string>

namespace app {

/// "--year 1800 is outside the data: DIR covers 1863–2009", for the first of --year, --from and --to that
/// the command line gave outside the data's years; nullopt when all lie inside. The range is the data's
/// own: from the first year any boundary is valid to its last year (dataset.json "years", else the last
/// change).
[[nodiscard]] std::optional<std::string> yearOutsideData(const Options& options,
                                                         const geodata::Dataset& dataset);

} // namespace app
