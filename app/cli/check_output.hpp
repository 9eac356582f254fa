#pragma once
// What tidsatlas --check prints: a plain text report for people (problems grouped by file with their line
// or JSON pointer, then the population per year of change), or one JSON document for scripts (schema in
// docs/DATA.md, "Checking a dataset").
#include "cli/dataset_check.hpp"

#include <iosfwd>
#include <nlohmann/json.hpp>

namespace app {

void writeCheckText(const CheckReport& report, std::ostream& out);
[[nodiscard]] nlohmann::json checkJson(const CheckReport& report);

} // namespace app
