// population.csv → PopulationTable. The file is meant to be edited in a spreadsheet by curators, so the
// reader accepts what spreadsheets write (BOM, CRLF, quoted fields, ';' in Swedish locales) and explains
// every rejected cell by line and column.
#include "geodata/population.hpp"
#include "geodata/text_encoding.hpp"
#include "geodata/text_file.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace geodata {

namespace {

struct CsvRow {
    int line = 0; // line on which the row starts
    std::vector<std::string> fields;
};

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

char detectDelimiter(const std::string& content) {
    const std::string header = content.substr(0, content.find('\n'));
    const auto commas = std::count(header.begin(), header.end(), ',');
    const auto semicolons = std::count(header.begin(), header.end(), ';');
    return semicolons > commas ? ';' : ',';
}

// RFC 4180 with the usual leniency. Returns false (with a message) only for an unterminated quote or text
// after a closing quote, which would otherwise silently shift every following cell.
bool splitCsv(const std::string& content, char delim, std::vector<CsvRow>& rows, int& errorLine,
              std::string& error) {
    size_t i = 0;
    int line = 1;
    const size_t n = content.size();
    while (i < n) {
        CsvRow row;
        row.line = line;
        bool rowDone = false;
        while (!rowDone) {
            std::string field;
            if (i < n && content[i] == '"') {
                const int quoteLine = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    const char c = content[i++];
                    if (c == '"') {
                        if (i < n && content[i] == '"') {
                            field += '"';
                            ++i;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        if (c == '\n') ++line;
                        field += c;
                    }
                }
                if (!closed) {
                    errorLine = quoteLine;
                    error = "a quoted field is never closed (missing \")";
                    return false;
                }
                if (i < n && content[i] != delim && content[i] != '\n' && content[i] != '\r') {
                    errorLine = line;
                    error = "text after a closing quote; write a quote inside a quoted field as \"\"";
                    return false;
                }
            } else {
                while (i < n && content[i] != delim && content[i] != '\n') field += content[i++];
                if (!field.empty() && field.back() == '\r') field.pop_back();
            }
            row.fields.push_back(std::move(field));
            if (i < n && content[i] == '\r') ++i;
            if (i >= n)
                rowDone = true;
            else if (content[i] == delim)
                ++i;
            else if (content[i] == '\n') {
                ++i;
                ++line;
                rowDone = true;
            }
        }
        const bool blank = std::all_of(row.fields.begin(), row.fields.end(),
                                       [](const std::string& f) { return trim(f).empty(); });
        if (!blank) rows.push_back(std::move(row));
    }
    return true;
}

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

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
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

// How many problems of one kind (one column, or whole rows) are listed before the rest are only counted.
constexpr size_t kListedIssuesPerColumn = 10;

// 1872440 → "1 872 440", as the problems panel writes numbers.
std::string groupedDigits(size_t n) {
    std::string digits = std::to_string(n);
    for (auto i = static_cast<std::ptrdiff_t>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<size_t>(i), " ");
    return digits;
}

} // namespace

PopulationLoadResult loadPopulationCsv(const std::string& path, const std::set<std::string>& knownCodes) {
    TextFile file = readTextFile(path);
    if (!file.text) return {{}, {{path, 0, "", file.error}}};
    return loadPopulationCsvFromText(std::move(*file.text), path, knownCodes);
}

PopulationLoadResult loadPopulationCsvFromText(std::string content, const std::string& path,
                                               const std::set<std::string>& knownCodes) {
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

        const char delim = detectDelimiter(content);
        std::vector<CsvRow> rows;
        int errorLine = 0;
        std::string error;
        if (!splitCsv(content, delim, rows, errorLine, error)) {
            issue(errorLine, "", error);
            return result;
        }
        if (rows.empty()) {
            issue(0, "", "the file is empty; expected a header line code,year,population,source");
            return result;
        }

        std::map<std::string, size_t> column;
        const CsvRow& header = rows.front();
        for (size_t c = 0; c < header.fields.size(); ++c) {
            const std::string name = lower(trim(header.fields[c]));
            if (name.empty()) continue;
            if (!column.emplace(name, c).second)
                issue(header.line, name, "column '" + name + "' appears twice");
        }
        bool headerOk = true;
        for (const char* required : {"code", "year", "population", "source"})
            if (!column.contains(required)) {
                issue(header.line, required,
                      std::string("missing column '") + required + "' in the header line");
                headerOk = false;
            }
        if (!headerOk) return result;

        std::map<std::pair<std::string, int>, int> firstLine;
        for (size_t r = 1; r < rows.size(); ++r) {
            const CsvRow& row = rows[r];
            const size_t used = std::min(row.fields.size(), header.fields.size());
            const bool overflow =
                std::any_of(row.fields.begin() + static_cast<std::ptrdiff_t>(used), row.fields.end(),
                            [](const std::string& f) { return !trim(f).empty(); });
            if (overflow) {
                issue(row.line, "",
                      "row has " + std::to_string(row.fields.size()) + " cells but the header has " +
                          std::to_string(header.fields.size()) + "; a text containing '" +
                          std::string(1, delim) + "' must be in double quotes");
                continue;
            }
            auto cell = [&](const char* name) {
                const auto it = column.find(name);
                if (it == column.end() || it->second >= row.fields.size()) return std::string();
                return trim(row.fields[it->second]);
            };
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
            else if (auto value = parsePopulation(popText, delim))
                record.population = *value;
            else
                issue(row.line, "population",
                      "population '" + popText +
                          "' is not a number (digits only, no spaces or thousands separators)");
            record.source = cell("source");
            if (record.source.empty()) issue(row.line, "source", "every figure needs a source");
            record.note = cell("note");
            if (problems != before) continue;

            const auto [it, inserted] = firstLine.emplace(std::make_pair(record.code, record.year), row.line);
            if (!inserted) {
                issue(row.line, "year",
                      "a second figure for " + record.code + " in " + std::to_string(record.year) +
                          " (the first is on line " + std::to_string(it->second) +
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
