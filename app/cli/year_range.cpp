#include "cli/year_range.hpp"

#include <algorithm>
#include <utility>

namespace app {

std::optional<std::string> yearOutsideData(const Options& options, const geodata::Dataset& dataset) {
    // From the first year any boundary is valid (the bundled data's municipalities from 1863, though the
    // timeline starts in 1900) to the data's last year (dataset.json "years", else the last change).
    int first = dataset.lastYear();
    for (const geodata::UnitVersion& u : dataset.units) first = std::min(first, u.fromYear);
    const int last = dataset.lastYear();
    for (const auto& [flag, year] : {std::pair{"--year", options.year}, std::pair{"--from", options.fromYear},
                                     std::pair{"--to", options.toYear}}) {
        if (!year || (*year >= first && *year <= last)) continue;
        return std::string(flag) + " " + std::to_string(*year) + " is outside the data: " + options.dataDir +
               " covers " + std::to_string(first) + "–" + std::to_string(last);
    }
    return std::nullopt;
}

} // namespace app
