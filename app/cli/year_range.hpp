#pragma once
// The years a one-shot command (--list, --export-png, --export-video, --bench) is asked for must lie in
// the data: outside it, --list printed nothing and exited 0, and --export-png drew an empty sea reading
// "1800 · 0 kommuner". The window clamps instead (its playback cannot leave the data's years).
#include "geodata/dataset.hpp"
#include "platform/options.hpp"

#include <optional>
#include <string>

namespace app {

/// "--year 1800 is outside the data: DIR covers 1900–2009 (dataset.json "years")", for the first of
/// --year, --from and --to that the command line gave outside [firstYear, lastYear]; nullopt when all lie
/// inside. The range is the dataset's own: its dataset.json "years", else the years of its boundaries.
[[nodiscard]] std::optional<std::string> yearOutsideData(const Options& options,
                                                         const geodata::Dataset& dataset);

} // namespace app
