#include "csv_rows.hpp"

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

// RFC 4180 with the usual leniency.
Table split(std::string content) {
    if (content.starts_with("\xEF\xBB\xBF")) content.erase(0, 3); // Excel's UTF-8 BOM
    Table table;
    const char delim = detectDelimiter(content);
    table.delimiter = delim;
    size_t i = 0;
    int line = 1;
    const size_t n = content.size();
    while (i < n) {
        Row row;
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
                    table.ok = false;
                    table.errorLine = quoteLine;
                    table.error = "a quoted field is never closed (missing \")";
                    return table;
                }
                if (i < n && content[i] != delim && content[i] != '\n' && content[i] != '\r') {
                    table.ok = false;
                    table.errorLine = line;
                    table.error = "text after a closing quote; write a quote inside a quoted field as \"\"";
                    return table;
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
        if (!blank) table.rows.push_back(std::move(row));
    }
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
