// sources.csv → SourceTable. Edited by curators in a spreadsheet like population.csv, so it is read by
// the same CSV code and its problems are reported the same way (file, line, column).
#include "geodata/sources.hpp"

#include "csv_rows.hpp"
#include "geodata/regular_file.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>

namespace geodata {

bool SourceTable::add(Source source) {
    if (m_index.contains(source.id)) return false;
    m_index.emplace(source.id, m_sources.size());
    m_sources.push_back(std::move(source));
    return true;
}

const Source* SourceTable::find(std::string_view id) const {
    const auto it = m_index.find(std::string(id));
    return it == m_index.end() ? nullptr : &m_sources[it->second];
}

std::string TableIssue::toString() const {
    // Appending piecewise (not "a" + b) also sidesteps a GCC 12 -Wrestrict false positive.
    std::string s = file;
    if (line > 0) s.append(":").append(std::to_string(line));
    if (!column.empty()) s.append(" (").append(column).append(")");
    s.append(": ").append(message);
    return s;
}

std::vector<std::string> splitSourceIds(std::string_view field) {
    std::vector<std::string> ids;
    size_t start = 0;
    while (start <= field.size()) {
        size_t end = field.find(kSourceIdSeparator, start);
        if (end == std::string_view::npos) end = field.size();
        std::string id = csv::trim(std::string(field.substr(start, end - start)));
        if (!id.empty()) ids.push_back(std::move(id));
        start = end + 1;
    }
    return ids;
}

bool isValidSourceId(std::string_view id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
               c == '_' || c == '.';
    });
}

std::vector<std::string> unknownSourceIds(const SourcesLoadResult& sources, std::string_view field) {
    std::vector<std::string> unknown;
    if (!sources.fileFound) return unknown;
    for (std::string& id : splitSourceIds(field))
        if (!sources.table.contains(id) && !sources.rejectedIds.contains(id) &&
            std::find(unknown.begin(), unknown.end(), id) == unknown.end())
            unknown.push_back(std::move(id));
    return unknown;
}

std::string unknownSourceIdMessage(const std::string& id) {
    return "unknown source id '" + id + "' (not in sources.csv; several ids are separated by '|')";
}

SourcesLoadResult loadSourcesCsv(const std::string& path) {
    SourcesLoadResult result;
    auto issue = [&](int line, std::string column, std::string message) {
        result.issues.push_back({path, line, std::move(column), std::move(message)});
    };
    try {
        std::error_code ec;
        if (!std::filesystem::exists(path, ec)) return result; // a dataset without a bibliography
        result.fileFound = true;
        std::string why;
        const std::optional<std::string> text = readRegularFile(path, why); // never a FIFO or a device
        if (!text) {
            issue(0, "", why);
            return result;
        }
        const csv::Table table = csv::split(*text);
        if (!table.ok) {
            issue(table.errorLine, "", table.error);
            return result;
        }
        if (table.rows.empty()) {
            issue(0, "",
                  "the file is empty; expected a header line id,short_sv,short_en,reference,url,licence");
            return result;
        }
        const csv::Row& headerRow = table.rows.front();
        const csv::Header header = csv::readHeader(headerRow);
        for (const std::string& name : header.duplicates)
            issue(headerRow.line, name, "column '" + name + "' appears twice");
        bool headerOk = true;
        for (const char* required : {"id", "short_sv", "short_en", "reference"})
            if (!header.column.contains(required)) {
                issue(headerRow.line, required,
                      std::string("missing column '") + required +
                          "' in the header line (expected id,short_sv,short_en,reference,url,licence)");
                headerOk = false;
            }
        if (!headerOk) return result;

        std::unordered_map<std::string, int> firstLine;
        for (size_t r = 1; r < table.rows.size(); ++r) {
            const csv::Row& row = table.rows[r];
            if (csv::overflows(header, row)) {
                issue(row.line, "",
                      "row has " + std::to_string(row.fields.size()) + " cells but the header has " +
                          std::to_string(header.width) + "; a text containing '" +
                          std::string(1, table.delimiter) + "' must be in double quotes");
                continue;
            }
            auto cell = [&](const char* name) { return csv::cell(header, row, name); };
            const size_t before = result.issues.size();
            Source source;
            source.line = row.line;
            source.id = cell("id");
            if (source.id.empty())
                issue(row.line, "id", "id is empty; every source needs an id the other files can name");
            else if (!isValidSourceId(source.id))
                issue(row.line, "id",
                      "id '" + source.id +
                          "' may only contain ASCII letters, digits, '-', '_' and '.' (no spaces, no '|')");
            source.shortSv = cell("short_sv");
            if (source.shortSv.empty())
                issue(row.line, "short_sv", "short_sv is empty; the panels show it in Swedish");
            source.shortEn = cell("short_en");
            if (source.shortEn.empty())
                issue(row.line, "short_en", "short_en is empty; the panels show it in English");
            source.reference = cell("reference");
            if (source.reference.empty())
                issue(row.line, "reference",
                      "reference is empty; give the full reference (author, title, publisher, year or "
                      "address)");
            source.url = cell("url");
            source.licence = cell("licence");
            if (result.issues.size() != before) {
                if (!source.id.empty()) result.rejectedIds.insert(source.id);
                continue;
            }

            const auto [it, inserted] = firstLine.emplace(source.id, row.line);
            if (!inserted) {
                issue(row.line, "id",
                      "id '" + source.id + "' is already used on line " + std::to_string(it->second) +
                          "; each source needs its own id");
                continue;
            }
            result.table.add(std::move(source));
        }
    } catch (const std::exception& e) {
        issue(0, "", std::string("internal error while reading sources: ") + e.what());
    }
    return result;
}

} // namespace geodata
