#pragma once
// tidsatlas --import-population FILE --data DIR --source ID [--replace] [--dry-run] [--boundaries B]:
// an official population table into DIR/population.csv, with a report of what was added, skipped and why,
// and every conflict with a figure already there. docs/CURATING.md explains it for curators.
#include "geodata/population_import.hpp"

#include <iosfwd>
#include <string>

namespace app {

struct ImportRequest {
    std::string table;   // the JSON-stat or SCB CSV file
    std::string dataDir; // the dataset folder whose population.csv is written
    std::string sourceId;
    bool replace = false;
    bool dryRun = false; // report only, write nothing
    geodata::SourceBoundaries boundaries = geodata::SourceBoundaries::Today;
    bool useCache = true;
    std::string cacheDir;
};

/// Runs the import and prints the report on `out`, errors on `err`. Exit status: 0 when the import ran
/// (also when some figures were skipped or a conflict kept the file's figure), 1 when nothing could be
/// written (unreadable table, unknown source, a problem in population.csv, a failed write).
int runPopulationImport(const ImportRequest& request, std::ostream& out, std::ostream& err);

/// The report of a plan, as printed (grouped by unit and reason, years as ranges).
[[nodiscard]] std::string importReport(const geodata::ImportTable& table, const geodata::ImportPlan& plan,
                                       const ImportRequest& request);

} // namespace app
