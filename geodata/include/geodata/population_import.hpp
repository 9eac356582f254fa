#pragma once
// Importing an official population table into a dataset's population.csv (`tidsatlas --import-population`).
// Three steps, each testable alone:
//   1. read the table (JSON-stat 2.0, or the CSV that SCB's Statistikdatabasen exports) into figures by
//      region and year, without judging them;
//   2. plan: match each region to a unit of the boundary data (by code, else by name), attach each figure
//      to the version of that unit valid on 31 December of its year, and sort every figure into added,
//      already there, conflicting or skipped, each with its reason;
//   3. apply: write population.csv through a temporary file beside it and rename it into place, so an
//      interrupted import leaves the old file as it was.
// The rules are explained for curators in docs/CURATING.md.
#include "geodata/dataset.hpp"
#include "geodata/population.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace geodata {

/// One cell of the source table: a region, a year and a figure (or the source's mark for a missing one).
struct ImportFigure {
    std::string regionCode; // the source's code ("0127"); empty when the table gives only names
    std::string regionName; // the name without the code ("Botkyrka")
    int year = 0;
    std::optional<double> value; // nullopt = the source has no figure here
    std::string mark;            // why not: the source's status or cell text ("..", "null")
    std::string place;           // where in the file: "line 7, column 1975" or "value[12]"
    /// "0127 Botkyrka", or whichever part the source has.
    [[nodiscard]] std::string region() const;
};

/// What a table file holds, read without reference to any dataset.
struct ImportTable {
    std::string file;
    std::string format;   // "JSON-stat 2.0", "SCB CSV (';', Latin-1)", …
    std::string title;    // the table's own title, when it has one
    std::string contents; // what the figures are ("Folkmängd"), when the table says
    std::vector<ImportFigure> figures;
    std::vector<std::string>
        ignored;       // rows or parts that were not figures (titles, footnotes), for the report
    std::string error; // non-empty: the table cannot be used; nothing is imported
    [[nodiscard]] bool ok() const { return error.empty(); }
};

/// JSON-stat 2.0 dataset (class "dataset"): one geographic dimension (role "geo", or an id such as
/// "Region"), one time dimension of years (role "time", or "Tid"/"time"/"year"), and every other dimension
/// of size 1 (contents, sex "total" …). Value and status as array or object; category index as array or
/// object. Never throws.
[[nodiscard]] ImportTable readJsonStat(const std::string& path);

/// The CSV that SCB's Statistikdatabasen (PxWeb) exports: ',' or ';' separated, UTF-8 (with or without a
/// BOM) or Latin-1, title and footnote rows around the table, a header row whose last cells are years,
/// regions as "0127 Botkyrka", ".." for a missing figure. Never throws.
[[nodiscard]] ImportTable readScbCsv(const std::string& path);

/// readJsonStat when the file's first non-blank character is '{', readScbCsv otherwise.
[[nodiscard]] ImportTable readPopulationTable(const std::string& path);

/// Whose boundaries the source's figures are on.
enum class SourceBoundaries {
    // A series on today's boundaries: warn where the version's area is not today's.
    Today,
    // Each year's figure (31 December) on the division of 1 January the year after, as SCB describes its
    // yearly population tables: warn where that division's version differs.
    YearAfter,
    // Figures for the unit as it stood that year: no boundary warning.
    AsThen
};

struct ImportOptions {
    std::string sourceId; // written to the source column of every added row
    bool replace = false; // a conflicting figure replaces the one in the file (else the file's is kept)
    SourceBoundaries boundaries = SourceBoundaries::Today;
};

/// A figure the import writes, for the unit version valid on 31 December of its year.
struct PlannedFigure {
    std::string code; // the dataset's unit code
    std::string name; // the version's full name ("Botkyrka kommun"), for the name column
    int year = 0;
    double value = 0;
    std::string region;  // the source's region ("0127 Botkyrka")
    int versionFrom = 0; // the version the figure belongs to
    int versionTo = 0;
    std::string boundaryWarning; // non-empty: the source's boundary is known to differ from this version's
    std::string note;            // written to the note column
};

/// A figure already in population.csv for the same unit and year, with a different value.
struct ImportConflict {
    PlannedFigure incoming;
    double existingValue = 0;
    std::string existingSource;
    int existingLine = 0;  // its line in population.csv
    bool replaced = false; // --replace: the incoming figure is written over it
};

struct SkippedFigure {
    std::string region; // the source's region
    int year = 0;
    std::string reason;
};

struct ImportPlan {
    std::vector<PlannedFigure> added;
    std::vector<PlannedFigure> unchanged; // the same figure is already there
    std::vector<ImportConflict> conflicts;
    std::vector<SkippedFigure> skipped;
    /// Boundary warnings of the added and replacing figures, one line each.
    [[nodiscard]] std::vector<std::string> warnings() const;
    [[nodiscard]] size_t written() const; // rows the file gains or changes
};

/// Matches the table against the dataset's unit versions and the figures already there. A source code
/// matches a unit code that is equal to it or equal to it followed only by zeros (SCB's 0127 is the bundled
/// 012700000); a region whose code matches no unit is matched by name (the version's name or full name,
/// case ignored) among the versions valid in the figure's year. A code that matches is never overridden
/// by a name.
[[nodiscard]] ImportPlan planImport(const ImportTable& table, const std::vector<UnitVersion>& units,
                                    const PopulationTable& existing, const ImportOptions& options);

/// For tests: make the write fail after this many bytes of the new file, as a full disk or a killed
/// process would.
struct WriteFault {
    std::optional<size_t> failAfterBytes;
};

/// Writes `plan` into the population.csv at `path` (created with the standard header when missing): every
/// row already there stays byte for byte, except those replaced under --replace; added rows go at the end,
/// in the file's own separator and line ends. The new content goes to a hidden temporary file in the same
/// folder (which the app's data watcher ignores), is flushed to disk, and replaces the file by rename.
/// Returns an error message, or empty on success; on error the file is untouched and the temporary file is
/// removed.
[[nodiscard]] std::string applyImport(const std::string& path, const ImportPlan& plan,
                                      const ImportOptions& options, const WriteFault& fault = {});

/// The bytes applyImport would write (for tests and for the report's dry run). `error` set when the
/// existing file cannot be split into rows.
[[nodiscard]] std::string importedCsvText(const std::string& existingText, const ImportPlan& plan,
                                          const ImportOptions& options, std::string& error);

/// Writes `content` to `path` through a temporary file in the same folder and a rename. Returns an error
/// message, or empty on success; `path` is untouched on failure.
[[nodiscard]] std::string writeFileAtomically(const std::string& path, const std::string& content,
                                              const WriteFault& fault = {});

/// A figure as population.csv holds it and the import's report shows it: "12470", or "12470.5" with a
/// fraction.
[[nodiscard]] std::string formatPopulationValue(double v);

} // namespace geodata
