#include "cli/year_range.hpp"

#include <utility>

namespace app {

std::optional<std::string> yearOutsideData(const Options& options, const geodata::Dataset& dataset) {
    const int first = dataset.firstYear();
    const int last = dataset.lastYear();
    // Where the range comes from, so a curator knows what to change.
    const bool declared = dataset.yearRangeSetting() != std::pair{0, 0};
    const std::string from = declared ? " (dataset.json \"years\")" : " (the years of its boundaries)";
    for (const auto& [flag, year] : {std::pair{"--year", options.year}, std::pair{"--from", options.fromYear},
                                     std::pair{"--to", options.toYear}}) {
        if (!year || (*year >= first && *year <= last)) continue;
        return std::string(flag) + " " + std::to_string(*year) + " is outside the data: " + options.dataDir +
               " covers " + std::to_string(first) + "–" + std::to_string(last) + from;
    }
    return std::nullopt;
}

} // namespace app
