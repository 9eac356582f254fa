// population.csv → PopulationTable. The file is meant to be edited in a spreadsheet by curators, so the
// reader accepts what spreadsheets write (BOM, CRLF, quoted fields, ';' in Swedish locales) and explains
// every rejected cell by line and column.
#include "csv_rows.hpp"
#include "geodata/population.hpp"
#include "geodata/regular_file.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
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

} // namespace

PopulationLoadResult loadPopulationCsv(const std::string& path, const std::set<std::string>& knownCodes,
                                       const SourcesLoadResult* sources) {
    PopulationLoadResult result;
    auto issue = [&](int line, std::string column, std::string message) {
        result.issues.push_back({path, line, std::move(column), std::move(message)});
    };
    try {
        std::string why;
        std::optional<std::string> text = readRegularFile(path, why); // never a FIFO or a device
        if (!text) {
            issue(0, "", why);
            return result;
        }
        const csv::Table csvTable = csv::split(*text);
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
            const size_t before = result.issues.size();
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
            const bool rowOk = result.issues.size() == before;
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
    return result;
}

} // namespace geodata
