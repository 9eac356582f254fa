// population.csv → PopulationTable. The file is meant to be edited in a spreadsheet by curators, so the
// reader accepts what spreadsheets write (BOM, CRLF, quoted fields, ';' in Swedish locales) and explains
// every rejected cell by line and column.
#include "csv_rows.hpp"
#include "geodata/population.hpp"
#include "geodata/text_encoding.hpp"
#include "geodata/text_file.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <map>
#include <optional>
#include <sstream>

namespace geodata {

namespace {

std::optional<int> parseYear(const std::string& text) {
    if (text.empty() || text.size() > 4) return std::nullopt;
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value <= 0) return std::nullopt;
    return value;
}

// Digits with an optional fraction; ',' is the decimal mark when the file uses ';' between cells.
std::optional<double> parsePopulation(std::string text, char delim) {
    if (delim == ';') std::replace(text.begin(), text.end(), ',', '.');
    if (text.empty() || !std::isdigit(static_cast<unsigned char>(text.front()))) return std::nullopt;
    if (std::count(text.begin(), text.end(), '.') > 1) return std::nullopt;
    if (!std::all_of(text.begin(), text.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; }))
        return std::nullopt;
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::string codeMessage(const std::string& code, const std::set<std::string>& known) {
    std::string msg = "unknown unit code '" + code + "' (not in the boundary data)";
    // Spreadsheets like to turn 012600000 into the number 12600000.
    for (const std::string& k : known)
        if (k.size() > code.size() && k.ends_with(code) &&
            std::all_of(k.begin(), k.end() - static_cast<std::ptrdiff_t>(code.size()),
                        [](char c) { return c == '0'; }))
            return msg + "; did the spreadsheet drop leading zeros? Did you mean " + k +
                   "? Format the column as text";
    return msg;
}

// "12470" or "12470.5": the figure as a curator wrote it, for messages.
std::string formatFigure(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.10g", value);
    return text;
}

const PopulationRecord* findRecord(const PopulationTable& table, const std::string& code, int year) {
    for (const PopulationRecord* r : table.recordsOf(code))
        if (r->year == year) return r;
    return nullptr;
}

// How many problems of one kind (one column, or whole rows) are listed before the rest are only counted.
constexpr size_t kListedIssuesPerColumn = 10;

// 1872440 → "1 872 440", as the problems panel writes numbers.
std::string groupedDigits(size_t n) {
    const std::string digits = std::to_string(n);
    std::string grouped;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ' ';
        grouped += digits[i];
    }
    return grouped;
}

} // namespace

PopulationLoadResult loadPopulationCsv(const std::string& path, const std::set<std::string>& knownCodes,
                                       const SourcesLoadResult* sources) {
    TextFile file = readTextFile(path); // a regular file of at most 16 MB, never a FIFO or a device
    if (!file.text) return {{}, {{path, 0, "", file.error}}};
    return loadPopulationCsvFromText(std::move(*file.text), path, knownCodes, sources);
}

PopulationLoadResult loadPopulationCsvFromText(std::string content, const std::string& path,
                                               const std::set<std::string>& knownCodes,
                                               const SourcesLoadResult* sources) {
    PopulationLoadResult result;
    // A broken file of a million rows gave a million lines (1.87 million warnings from a 54 MB file), which
    // flooded the log and the problems panel. The first few of each kind (by column) are listed; the rest
    // are counted and said in one line each: "and 1 872 440 more like it".
    struct Unlisted {
        size_t count = 0;
        int firstLine = 0, lastLine = 0;
    };
    std::map<std::string, size_t> listed;
    std::map<std::string, Unlisted> unlisted;
    size_t problems = 0; // listed or not: a row with any is left out
    auto issue = [&](int line, std::string column, std::string message) {
        ++problems;
        if (listed[column]++ < kListedIssuesPerColumn) {
            result.issues.push_back({path, line, std::move(column), std::move(message)});
            return;
        }
        Unlisted& u = unlisted[column];
        if (u.count++ == 0) u.firstLine = line;
        u.lastLine = line;
    };
    try {
        if (content.starts_with("\xEF\xBB\xBF")) content.erase(0, 3); // Excel's UTF-8 BOM
        if (const auto utf16 = utf16ByteOrderMark(content)) {
            issue(1, "",
                  "the file is " + *utf16 +
                      " (a spreadsheet's \"Unicode text\"); save it as \"CSV UTF-8\" (comma or semicolon)");
            return result;
        }
        // Excel's plain "CSV" on Western European Windows is Windows-1252: decode it, and say so once,
        // with the first place, so a curator can check the letters and save as UTF-8 next time.
        if (const auto invalid = firstInvalidUtf8(content)) {
            const int line =
                1 + static_cast<int>(std::count(
                        content.begin(), content.begin() + static_cast<std::ptrdiff_t>(*invalid), '\n'));
            char byte[8];
            std::snprintf(byte, sizeof byte, "%02X", static_cast<unsigned char>(content[*invalid]));
            content = windows1252ToUtf8(content);
            issue(line, "",
                  std::string("the file is not UTF-8 (the first other byte, ") + byte +
                      ", is on this line); it was read as Windows-1252, which spreadsheets on Windows save "
                      "as \"CSV\": check that å, ä, ö look right, and save as \"CSV UTF-8\" to be sure");
        }
        const csv::Table csvTable = csv::split(content);
        if (!csvTable.ok) {
            issue(csvTable.errorLine, "", csvTable.error);
            return result;
        }
        const char delim = csvTable.delimiter;
        const std::vector<csv::Row>& rows = csvTable.rows;
        if (rows.empty()) {
            issue(0, "", "the file is empty; expected a header line code,year,population,source");
            return result;
        }

        const csv::Row& headerRow = rows.front();
        const csv::Header header = csv::readHeader(headerRow);
        for (const std::string& name : header.duplicates)
            issue(headerRow.line, name, "column '" + name + "' appears twice");
        bool headerOk = true;
        for (const char* required : {"code", "year", "population", "source"})
            if (!header.column.contains(required)) {
                issue(headerRow.line, required,
                      std::string("missing column '") + required + "' in the header line");
                headerOk = false;
            }
        if (!headerOk) return result;

        std::map<std::pair<std::string, int>, int> firstLine;
        for (size_t r = 1; r < rows.size(); ++r) {
            const csv::Row& row = rows[r];
            if (csv::overflows(header, row)) {
                issue(row.line, "",
                      "row has " + std::to_string(row.fields.size()) + " cells but the header has " +
                          std::to_string(header.width) + "; a text containing '" + std::string(1, delim) +
                          "' must be in double quotes");
                continue;
            }
            auto cell = [&](const char* name) { return csv::cell(header, row, name); };
            const size_t before = problems;
            PopulationRecord record;
            record.line = row.line;
            record.code = cell("code");
            if (record.code.empty())
                issue(row.line, "code", "code is empty");
            else if (!knownCodes.empty() && !knownCodes.contains(record.code))
                issue(row.line, "code", codeMessage(record.code, knownCodes));
            const std::string yearText = cell("year");
            if (auto year = parseYear(yearText))
                record.year = *year;
            else
                issue(row.line, "year", "year '" + yearText + "' is not a year such as 1950");
            const std::string popText = cell("population");
            if (popText.empty())
                issue(row.line, "population",
                      "population is empty; leave the row out when the figure is unknown");
            else if (auto value = parsePopulation(popText, delim); value && *value > kMaxPopulation)
                issue(row.line, "population",
                      "population '" + popText +
                          "' is more than any municipality has (the bound is 100 000 000 inhabitants)");
            else if (value)
                record.population = *value;
            else
                issue(row.line, "population",
                      "population '" + popText +
                          "' is not a number (digits only, no spaces or thousands separators)");
            record.source = cell("source");
            if (record.source.empty()) issue(row.line, "source", "every figure needs a source");
            record.note = cell("note");
            const bool rowOk = problems == before;
            // An unknown source id is reported but does not take the figure out: the figure stands, its
            // citation needs fixing.
            if (sources)
                for (const std::string& id : unknownSourceIds(*sources, record.source))
                    issue(row.line, "source", unknownSourceIdMessage(id));
            if (!rowOk) continue;

            const auto [it, inserted] = firstLine.emplace(std::make_pair(record.code, record.year), row.line);
            if (!inserted) {
                const PopulationRecord* first = findRecord(result.table, record.code, record.year);
                const std::string values =
                    first && first->population != record.population
                        ? " conflicts with " + formatFigure(first->population) + " there"
                        : " repeats the figure there";
                issue(row.line, "year",
                      "a second figure for " + record.code + " in " + std::to_string(record.year) + ": " +
                          formatFigure(record.population) + " (the first is on line " +
                          std::to_string(it->second) + ";" + values +
                          "); keep one and mention the other in its note");
                continue;
            }
            result.table.add(std::move(record));
        }
    } catch (const std::exception& e) {
        issue(0, "", std::string("internal error while reading population figures: ") + e.what());
    }
    for (const auto& [column, u] : unlisted)
        result.issues.push_back({path, u.firstLine, column,
                                 "and " + groupedDigits(u.count) + " more like these on lines " +
                                     std::to_string(u.firstLine) + "–" + std::to_string(u.lastLine) +
                                     ", not listed one by one"});
    return result;
}

} // namespace geodata
