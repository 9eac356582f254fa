#include "csv_rows.hpp"

#include "csv_spans.hpp"

#include <algorithm>
#include <cctype>

namespace geodata::csv {

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

namespace {

char detectDelimiter(const std::string& content) {
    const std::string header = content.substr(0, content.find('\n'));
    const auto commas = std::count(header.begin(), header.end(), ',');
    const auto semicolons = std::count(header.begin(), header.end(), ';');
    return semicolons > commas ? ';' : ',';
}

} // namespace

// The same splitter the population import uses to keep each record's bytes (csv_spans), without the
// byte ranges and the blank rows.
Table split(std::string content) {
    if (content.starts_with("\xEF\xBB\xBF")) content.erase(0, 3); // Excel's UTF-8 BOM
    Table table;
    table.delimiter = detectDelimiter(content);
    csv_spans::Split spans = csv_spans::split(content, table.delimiter);
    if (!spans.ok()) {
        table.ok = false;
        table.errorLine = spans.errorLine;
        table.error = std::move(spans.error);
        return table;
    }
    for (csv_spans::Record& record : spans.records)
        if (!record.blank()) table.rows.push_back({record.line, std::move(record.fields)});
    return table;
}

Header readHeader(const Row& row) {
    Header header;
    header.width = row.fields.size();
    for (size_t c = 0; c < row.fields.size(); ++c) {
        const std::string name = lower(trim(row.fields[c]));
        if (name.empty()) continue;
        if (!header.column.emplace(name, c).second) header.duplicates.push_back(name);
    }
    return header;
}

std::string cell(const Header& header, const Row& row, const std::string& name) {
    const auto it = header.column.find(name);
    if (it == header.column.end() || it->second >= row.fields.size()) return {};
    return trim(row.fields[it->second]);
}

bool overflows(const Header& header, const Row& row) {
    const size_t used = std::min(row.fields.size(), header.width);
    return std::any_of(row.fields.begin() + static_cast<std::ptrdiff_t>(used), row.fields.end(),
                       [](const std::string& f) { return !trim(f).empty(); });
}

} // namespace geodata::csv
