#pragma once
// Population per unit code and year, read from population.csv beside timeline.json. The known figures
// are sparse, so the table never guesses: it interpolates only strictly between two known figures of
// the same code (and says so), and answers "unknown" everywhere else. Schema: docs/DATA.md.
#include "geodata/sources.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace geodata {

/// The largest population a figure may give. No municipality anywhere has more than about 35 million
/// inhabitants; 100 million leaves room for any unit a dataset may hold, and refuses the figures a slip of
/// the keyboard makes (1e15 showed as "minst 1 000 000 000 000 009 080 invånare", and a 29-digit one
/// overflowed to "minst 0"). With it, a sum over a million units stays far inside a double's exact range.
inline constexpr double kMaxPopulation = 100'000'000;

/// One figure as given in the file.
struct PopulationRecord {
    std::string code; // unit code of the boundary data; the figure belongs to the version valid that year
    int year = 0;
    double population = 0;
    std::string source; // source ids of sources.csv, '|' separated (free text in a dataset without it)
    std::string note;   // the source's caveats, e.g. "on today's boundaries"; may be empty
    int line = 0;       // line in the file, for messages
};

/// A population value for a code in a year.
struct PopulationValue {
    double value = 0;
    bool interpolated = false; // true = linear between the known figures of fromYear and toYear
    int fromYear = 0;          // the known years it came from; equal when exact
    int toYear = 0;
    std::string source; // the figure's source; for an interpolated value both, " | " separated if they differ
    std::string note;   // likewise for the notes
};

/// The population of a set of units, as far as it is known ("minst 61 000 — 3 av 17 kommuner kända").
struct RegionTotal {
    double knownSum = 0;       // sum over the units whose value is known (exact or interpolated)
    int knownCount = 0;        // units with a value
    int interpolatedCount = 0; // of those, how many are interpolated
    int totalCount = 0;        // units asked about
    bool complete = false;     // every unit asked about has a value
};

class PopulationTable {
  public:
    /// Adds a figure; returns false (and changes nothing) if the code already has one for that year.
    bool add(PopulationRecord record);

    /// The exact figure, or a linear interpolation strictly between two known figures of the same
    /// code; nullopt outside the known range (never extrapolated) or for an unknown code.
    [[nodiscard]] std::optional<PopulationValue> at(const std::string& code, int year) const;
    /// Sums `at` over the units valid this year; units without a value are counted, not guessed.
    [[nodiscard]] RegionTotal regionTotal(const std::vector<std::string>& codesValidThisYear, int year) const;

    /// The known figures of a code, by year (empty when none).
    [[nodiscard]] std::vector<const PopulationRecord*> recordsOf(const std::string& code) const;
    [[nodiscard]] std::set<std::string> codes() const;
    [[nodiscard]] size_t size() const;
    [[nodiscard]] bool empty() const { return size() == 0; }

  private:
    std::map<std::string, std::map<int, PopulationRecord>> m_byCode;
};

/// A problem in population.csv, reported like sources.csv's: "population.csv:12 (year): …".
using PopulationIssue = TableIssue;

struct PopulationLoadResult {
    PopulationTable table; // every valid row; rows with errors are left out
    std::vector<PopulationIssue> issues;
    [[nodiscard]] bool ok() const { return issues.empty(); }
};

/// Reads population.csv (columns code, year, population, source; optional note; other columns such as a
/// human-readable name are ignored). Quoted fields may contain commas, quotes ("") and line breaks; a
/// UTF-8 BOM, CRLF line ends and ';' as the separator (Swedish spreadsheets) are accepted.
/// `knownCodes` empty = don't check codes. `sources` (the dataset's sources.csv) given and found: every id
/// in a source cell must be defined there (several are separated by '|'); an unknown id is an issue, the
/// figure is kept. Never throws.
[[nodiscard]] PopulationLoadResult loadPopulationCsv(const std::string& path,
                                                     const std::set<std::string>& knownCodes,
                                                     const SourcesLoadResult* sources = nullptr);

/// The same for the file's text (`path` names it in the issues): what loadPopulationCsv does after reading
/// the file, and what the fuzz target fuzz_population feeds.
[[nodiscard]] PopulationLoadResult loadPopulationCsvFromText(std::string content, const std::string& path,
                                                             const std::set<std::string>& knownCodes,
                                                             const SourcesLoadResult* sources = nullptr);

} // namespace geodata
