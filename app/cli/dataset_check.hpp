#pragma once
// tidsatlas --check: the whole dataset read the way the app reads it (boundaries, sources.csv,
// timeline.json, population.csv, story.json), and what a curator needs to know about it: every problem
// the loaders found, grouped by file with its line or JSON pointer, and per year of change which units
// are valid and whose population is known, interpolated or unknown. Output: check_output.hpp.
#include "geodata/dataset.hpp"
#include "platform/app_config.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace app {

enum class CheckSeverity {
    Error,   // something the app leaves out or refuses (an entry with an error, an unknown id, a bad file)
    Warning, // the app uses the data, but a curator should look (a figure outside its unit's years …)
};

/// One finding. `kind` is stable for scripts: "boundaries", "unknown-code", "unknown-source",
/// "unused-source", "no-sources", "conflict", "duplicate", "outside-validity", "image", "invalid".
struct CheckProblem {
    CheckSeverity severity = CheckSeverity::Error;
    std::string kind;
    std::string file;    // as the loader named it (the path under the dataset folder)
    int line = 0;        // CSV files: 1-based line, 0 = the whole file or not a CSV file
    std::string pointer; // JSON files: the JSON pointer (/events/3/source); empty otherwise
    std::string column;  // CSV files: the column, when the problem is in one cell
    std::string message;
};

/// A unit valid in a year, with its population that year when known.
struct CheckUnit {
    std::string code;
    std::string name; // the full name ("Botkyrka landskommun")
    double population = 0;
    bool interpolated = false;
    int fromYear = 0; // the figures it comes from; equal when exact
    int toYear = 0;
};

/// One year of change (the first year shown and every year the set of valid units changes).
struct CheckYear {
    int year = 0;
    int unitsValid = 0;
    std::vector<CheckUnit> exact;
    std::vector<CheckUnit> interpolated;
    std::vector<CheckUnit> unknown;
};

struct CheckReport {
    std::string folder;
    bool boundariesLoaded = false;
    int unitVersions = 0;
    int events = 0;
    int bodies = 0;
    int figures = 0;
    int sources = 0;
    std::vector<CheckYear> years;
    std::vector<CheckProblem> problems; // by file, then line / pointer, as found
    double seconds = 0;                 // the time the check took

    [[nodiscard]] size_t count(CheckSeverity severity) const;
    /// 0 when there are only warnings (or nothing), 1 on any error.
    [[nodiscard]] int exitCode() const { return count(CheckSeverity::Error) > 0 ? 1 : 0; }
};

/// Called with what the check is doing ("reading the boundaries", "population 12/148"), so a long check
/// can say so; may be empty.
using CheckProgress = std::function<void(const std::string& stage)>;

/// Checks the dataset in `folder`, with the cache settings the app would use and the story `config` names
/// (default: story.json in the folder, when there is one). Never throws.
[[nodiscard]] CheckReport checkDataset(const std::string& folder, const geodata::LoadOptions& options,
                                       const AppConfig& config = {}, const CheckProgress& progress = {});

} // namespace app
