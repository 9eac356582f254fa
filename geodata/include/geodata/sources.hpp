#pragma once
// The dataset's bibliography, read from sources.csv beside timeline.json: one row per source with a
// short citation in each language (what the panels show) and the full reference, address and licence
// (what "Om kartan / About this map" lists). Population rows, timeline events and joint bodies name
// sources by id. The file is optional: a dataset without it simply has no table. Schema: docs/DATA.md.
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace geodata {

/// One row of sources.csv.
struct Source {
    std::string id;        // what the other files name: letters, digits, '-', '_', '.'; case-sensitive
    std::string shortSv;   // short citation in Swedish, e.g. "Wikipedia: Södertälje"
    std::string shortEn;   // the same in English
    std::string reference; // the full reference: author, title, publisher, year, page …
    std::string url;       // may be empty (a printed book)
    std::string licence;   // may be empty (facts are not licensed; say so for quoted text or images)
    int line = 0;          // line in the file, for messages
};

class SourceTable {
  public:
    /// Adds a source; returns false (and changes nothing) if the id is already there.
    bool add(Source source);
    /// The source with this id, or nullptr.
    [[nodiscard]] const Source* find(std::string_view id) const;
    [[nodiscard]] bool contains(std::string_view id) const { return find(id) != nullptr; }
    /// Every source in file order.
    [[nodiscard]] const std::vector<Source>& all() const { return m_sources; }
    [[nodiscard]] size_t size() const { return m_sources.size(); }
    [[nodiscard]] bool empty() const { return m_sources.empty(); }

  private:
    std::vector<Source> m_sources;
    std::unordered_map<std::string, size_t> m_index; // id → position in m_sources
};

/// A problem in one of the dataset's CSV tables (sources.csv, population.csv): file, line (1-based; 0 =
/// the whole file), column name (empty when the problem is not in one cell) and what is wrong.
struct TableIssue {
    std::string file;
    int line = 0;
    std::string column;
    std::string message;
    /// "sources.csv:12 (short_en): …"
    [[nodiscard]] std::string toString() const;
};
using SourceIssue = TableIssue;

struct SourcesLoadResult {
    SourceTable table; // every valid row; rows with errors are left out
    std::vector<SourceIssue> issues;
    bool fileFound = false; // false = the dataset has no sources.csv (not a problem by itself)
    /// Ids of rows left out because of a problem: that row's problem is reported once, in sources.csv,
    /// not again at every use of the id.
    std::set<std::string> rejectedIds;
    [[nodiscard]] bool ok() const { return issues.empty(); }
};

/// Reads sources.csv (columns id, short_sv, short_en, reference; optional url, licence; other columns,
/// such as a curator's comment, are ignored). Same CSV dialect as population.csv: BOM, CRLF, quoted
/// fields, ';' as the separator. A missing file gives an empty table and no issue. Never throws.
[[nodiscard]] SourcesLoadResult loadSourcesCsv(const std::string& path);

/// The separator between several source ids in one field ("wikipedia-sodertalje | riksarkivet-gis").
inline constexpr char kSourceIdSeparator = '|';

/// The ids named in a source field, split at '|' and trimmed, empty parts dropped, in order.
[[nodiscard]] std::vector<std::string> splitSourceIds(std::string_view field);

/// Whether `id` is spelled as an id may be: non-empty, only ASCII letters, digits, '-', '_' and '.'.
[[nodiscard]] bool isValidSourceId(std::string_view id);

/// The ids in a source field that neither the table nor a rejected row of sources.csv has, in order,
/// each once. Empty when `sources.fileFound` is false: without sources.csv a source field is free text
/// (the format before sources.csv, still read), so there is nothing to check.
[[nodiscard]] std::vector<std::string> unknownSourceIds(const SourcesLoadResult& sources,
                                                        std::string_view field);

/// "unknown source id 'x' (not in sources.csv)": the same words in every file's messages.
[[nodiscard]] std::string unknownSourceIdMessage(const std::string& id);

} // namespace geodata
