// The CSV that SCB's Statistikdatabasen (PxWeb) exports ("Spara som" comma- or semicolon-separated, with or
// without a heading). What such a file holds, as far as the documentation and published examples show:
//
//   Folkmängd efter region och år              ← title row(s), maybe none
//                                              ← blank rows
//   region;1968;1969;1970                      ← header: label column(s), then one column per year
//   0127 Botkyrka;40574;..;44002               ← "code name", figures, ".." where there is none
//   .. = uppgift saknas                        ← footnote rows, maybe none
//
// No figure in this comment is real. Header cells may carry the contents before the year ("Folkmängd
// 1968"); more label columns appear when the user kept a variable in the table ("kön"), which is fine as
// long as it has one value. The file's encoding and separator are found, not asked for.
#include "csv_spans.hpp"
#include "geodata/population_import.hpp"
#include "geodata/text_encoding.hpp"
#include "source_table_common.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <set>

namespace geodata {

namespace {

using import_detail::parseYear;

// A header cell that ends in a year: "1968" or "Folkmängd 1968". `prefix` is the text before the year.
std::optional<int> headerYear(const std::string& cell, std::string& prefix) {
    const std::string t = csv::trim(cell);
    if (t.size() < 4) return std::nullopt;
    const auto year = parseYear(t.substr(t.size() - 4));
    if (!year) return std::nullopt;
    if (t.size() > 4 && std::isdigit(static_cast<unsigned char>(t[t.size() - 5]))) return std::nullopt;
    prefix = csv::trim(t.substr(0, t.size() - 4));
    return year;
}

size_t usedFields(const csv_spans::Record& r) {
    size_t n = r.fields.size();
    while (n > 0 && csv::trim(r.fields[n - 1]).empty()) --n;
    return n;
}

struct Header {
    size_t index = 0;      // record index
    size_t labelCount = 0; // columns before the first year
    std::vector<int> years;
    std::vector<std::string> prefixes;
};

// The record whose cells after one or more label cells are all years; of several such (a title row
// "Tabell 1;2023" above the real header), the one with the most years, the first of equals.
std::optional<Header> findHeader(const std::vector<csv_spans::Record>& records) {
    std::optional<Header> best;
    for (size_t r = 0; r < records.size(); ++r) {
        const csv_spans::Record& rec = records[r];
        const size_t n = usedFields(rec);
        if (n < 2) continue;
        size_t first = n;
        Header h;
        h.index = r;
        for (size_t c = 0; c < n; ++c) {
            std::string prefix;
            if (headerYear(rec.fields[c], prefix)) {
                first = c;
                break;
            }
        }
        if (first == 0 || first == n) continue;
        bool allYears = true;
        for (size_t c = first; c < n && allYears; ++c) {
            std::string prefix;
            const auto y = headerYear(rec.fields[c], prefix);
            if (!y)
                allYears = false;
            else {
                h.years.push_back(*y);
                h.prefixes.push_back(prefix);
            }
        }
        if (!allYears) continue;
        h.labelCount = first;
        if (!best || h.years.size() > best->years.size()) best = std::move(h);
    }
    return best;
}

// A figure as the CSV writes it: digits, maybe a decimal part (',' with ';' as separator), maybe spaces
// between groups of three digits. Anything else is the source's mark for "no figure".
std::optional<double> parseFigure(std::string text, char separator) {
    std::string digits;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ' ') continue;
        if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') { // no-break space
            ++i;
            continue;
        }
        digits += c;
    }
    if (separator == ';') std::replace(digits.begin(), digits.end(), ',', '.');
    if (digits.empty() || !std::isdigit(static_cast<unsigned char>(digits.front()))) return std::nullopt;
    if (!std::all_of(digits.begin(), digits.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; }) ||
        std::count(digits.begin(), digits.end(), '.') > 1)
        return std::nullopt;
    double value = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
    return value;
}

// A row that is not figures, as the reader saw it: the record's text without quotes and empty cells.
std::string rowText(const csv_spans::Record& r, char separator) {
    std::string text;
    for (const std::string& f : r.fields) {
        const std::string t = csv::trim(f);
        if (!t.empty()) text += (text.empty() ? std::string() : std::string(1, separator) + " ") + t;
    }
    return text;
}

std::string describeSeparator(char sep) { return sep == ';' ? "';'" : "','"; }

} // namespace

ImportTable readScbCsv(const std::string& path) {
    ImportTable table;
    table.file = path;
    try {
        const auto bytes = import_detail::readFile(path);
        if (!bytes) {
            table.error = "cannot open the file";
            return table;
        }
        const DecodedText decoded = decodeText(*bytes);

        // The title may contain commas ("Folkmängd efter region, civilstånd …"), so the separator is the
        // one that gives a header row with the most year columns, not the one the first line has most of.
        char separator = ';';
        csv_spans::Split split;
        std::optional<Header> header;
        for (const char candidate : {';', ','}) {
            csv_spans::Split s = csv_spans::split(decoded.text, candidate);
            if (!s.ok()) continue;
            const auto h = findHeader(s.records);
            if (h && (!header || h->years.size() > header->years.size())) {
                header = h;
                split = std::move(s);
                separator = candidate;
            }
        }
        if (!header) {
            const csv_spans::Split s =
                csv_spans::split(decoded.text, csv_spans::detectSeparator(decoded.text));
            if (!s.ok())
                table.error = "line " + std::to_string(s.errorLine) + ": " + s.error;
            else
                table.error = "no header row with years found: expected a row such as \"region;1968;1969\" "
                              "(a label column, then one column per year)";
            return table;
        }
        table.format = "SCB CSV (" + describeSeparator(separator) + ", " + decoded.encoding + ")";
        const auto& records = split.records;
        const csv_spans::Record& head = records[header->index];

        std::set<std::string> prefixes(header->prefixes.begin(), header->prefixes.end());
        if (prefixes.size() > 1) {
            std::string list;
            for (const auto& p : prefixes) list += (list.empty() ? "'" : ", '") + p + "'";
            table.error = "line " + std::to_string(head.line) + ": the table has several contents (" + list +
                          "); fetch it with one (Folkmängd) only";
            return table;
        }
        table.contents = *prefixes.begin();
        std::set<int> seenYears;
        for (const int y : header->years)
            if (!seenYears.insert(y).second) {
                table.error = "line " + std::to_string(head.line) + ": the year " + std::to_string(y) +
                              " heads two columns";
                return table;
            }

        // Which label column holds the regions: the one called region (kommun, län), else the first.
        size_t regionColumn = 0;
        for (size_t c = 0; c < header->labelCount; ++c) {
            const std::string name = csv::lower(csv::trim(head.fields[c]));
            if (name == "region" || name == "kommun" || name.starts_with("l\xC3\xA4n") || name == "county" ||
                name == "municipality") {
                regionColumn = c;
                break;
            }
        }

        for (size_t r = 0; r < header->index; ++r)
            if (!records[r].blank())
                table.ignored.push_back("line " + std::to_string(records[r].line) +
                                        " (before the table): " + rowText(records[r], separator));
        for (size_t r = 0; r < header->index && table.title.empty(); ++r)
            if (!records[r].blank()) table.title = rowText(records[r], separator);

        std::map<size_t, std::set<std::string>> otherLabels; // label column → values seen
        std::map<std::string, int> regionLine;
        const size_t yearStart = header->labelCount;
        for (size_t r = header->index + 1; r < records.size(); ++r) {
            const csv_spans::Record& rec = records[r];
            if (rec.blank()) continue;
            const std::string regionCell =
                regionColumn < rec.fields.size() ? csv::trim(rec.fields[regionColumn]) : std::string();
            bool anyValue = false;
            for (size_t c = yearStart; c < rec.fields.size(); ++c)
                if (!csv::trim(rec.fields[c]).empty()) anyValue = true;
            if (regionCell.empty() || !anyValue || rec.fields.size() < yearStart + 1) {
                // A footnote or a note under the table ("..  Uppgift saknas"): text, not figures.
                table.ignored.push_back("line " + std::to_string(rec.line) + ": " + rowText(rec, separator));
                continue;
            }
            if (usedFields(rec) > yearStart + header->years.size()) {
                table.error = "line " + std::to_string(rec.line) + ": the row has " +
                              std::to_string(usedFields(rec)) + " cells but the header on line " +
                              std::to_string(head.line) + " has " +
                              std::to_string(yearStart + header->years.size());
                return table;
            }
            for (size_t c = 0; c < header->labelCount; ++c)
                if (c != regionColumn && c < rec.fields.size() && !csv::trim(rec.fields[c]).empty())
                    otherLabels[c].insert(csv::trim(rec.fields[c]));
            const auto [it, first] = regionLine.emplace(regionCell, rec.line);
            if (!first && header->labelCount == 1) {
                table.error = "line " + std::to_string(rec.line) + ": region '" + regionCell +
                              "' appears again (first on line " + std::to_string(it->second) +
                              "); the table has another variable in its rows — fetch one value of it, or its "
                              "total, and keep it as a column";
                return table;
            }
            std::string code, name;
            import_detail::splitRegionLabel(regionCell, code, name);
            for (size_t k = 0; k < header->years.size(); ++k) {
                ImportFigure f;
                f.regionCode = code;
                f.regionName = name;
                f.year = header->years[k];
                f.place = "line " + std::to_string(rec.line) + ", column " + std::to_string(f.year);
                const size_t c = yearStart + k;
                const std::string cell = c < rec.fields.size() ? csv::trim(rec.fields[c]) : std::string();
                f.value = parseFigure(cell, separator);
                if (!f.value) f.mark = cell.empty() ? "empty cell" : cell;
                table.figures.push_back(std::move(f));
            }
        }
        for (const auto& [column, values] : otherLabels) {
            const std::string columnName = csv::trim(head.fields[column]);
            if (values.size() > 1) {
                std::string list;
                for (const auto& v : values) list += (list.empty() ? "" : ", ") + v;
                table.error = "column '" + columnName + "' has several values (" + list +
                              "): fetch the table with one of them, or the total";
                table.figures.clear();
                return table;
            }
            table.contents += (table.contents.empty() ? "" : ", ") + columnName + ": " + *values.begin();
        }
        if (table.figures.empty())
            table.error = "the table has a header on line " + std::to_string(head.line) +
                          " but no rows of figures under it";
    } catch (const std::exception& e) {
        table.error = std::string("unexpected error while reading: ") + e.what();
    }
    return table;
}

} // namespace geodata
