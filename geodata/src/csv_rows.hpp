#pragma once
// The CSV dialect of the dataset's hand-edited tables (population.csv, sources.csv): what spreadsheets
// write — a UTF-8 BOM, CRLF line ends, quoted fields with commas, quotes ("") and line breaks, and ';'
// between cells in Swedish locales. Shared so both files accept and reject exactly the same things.
#include <map>
#include <string>
#include <vector>

namespace geodata::csv {

struct Row {
    int line = 0; // line on which the row starts (1-based)
    std::vector<std::string> fields;
};

/// The rows of a file, blank rows left out. `ok` false (with the line and what is wrong) only for an
/// unterminated quote or text after a closing quote, which would otherwise silently shift every cell.
struct Table {
    char delimiter = ',';
    std::vector<Row> rows;
    bool ok = true;
    int errorLine = 0;
    std::string error;
};

/// Splits the whole content of a file; a leading UTF-8 BOM is dropped, the delimiter is guessed from
/// the header line (';' when it has more semicolons than commas).
[[nodiscard]] Table split(std::string content);

/// Without surrounding spaces, tabs and line breaks.
[[nodiscard]] std::string trim(const std::string& s);
/// ASCII lower case (column names).
[[nodiscard]] std::string lower(std::string s);

/// The header row's column names (trimmed, lower case) → index. A name given twice keeps its first
/// index and is listed in `duplicates`.
struct Header {
    std::map<std::string, size_t> column;
    std::vector<std::string> duplicates;
    size_t width = 0;
};
[[nodiscard]] Header readHeader(const Row& row);

/// The trimmed cell of `row` under column `name`; empty when the column or the cell is missing.
[[nodiscard]] std::string cell(const Header& header, const Row& row, const std::string& name);
/// True when the row has non-empty cells beyond the header's width (a text with the delimiter that
/// was not quoted).
[[nodiscard]] bool overflows(const Header& header, const Row& row);

} // namespace geodata::csv
