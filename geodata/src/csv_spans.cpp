#include "csv_spans.hpp"

#include <algorithm>

namespace geodata::csv_spans {

bool Record::blank() const {
    return std::all_of(fields.begin(), fields.end(),
                       [](const std::string& f) { return csv::trim(f).empty(); });
}

char detectSeparator(const std::string& text) {
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string line = text.substr(start, end - start);
        const auto commas = std::count(line.begin(), line.end(), ',');
        const auto semicolons = std::count(line.begin(), line.end(), ';');
        if (commas + semicolons > 0) return semicolons > commas ? ';' : ',';
        start = end + 1;
    }
    return ',';
}

Split split(const std::string& text, char separator) {
    Split out;
    size_t i = 0;
    int line = 1;
    const size_t n = text.size();
    while (i < n) {
        Record record;
        record.line = line;
        record.begin = i;
        bool done = false;
        while (!done) {
            std::string field;
            if (i < n && text[i] == '"') {
                const int quoteLine = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    const char c = text[i++];
                    if (c == '"') {
                        if (i < n && text[i] == '"') {
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
                    out.errorLine = quoteLine;
                    out.error = "a quoted field is never closed (missing \")";
                    return out;
                }
                if (i < n && text[i] != separator && text[i] != '\n' && text[i] != '\r') {
                    out.errorLine = line;
                    out.error = "text after a closing quote; write a quote inside a quoted field as \"\"";
                    return out;
                }
            } else {
                while (i < n && text[i] != separator && text[i] != '\n') field += text[i++];
                if (!field.empty() && field.back() == '\r') field.pop_back();
            }
            record.fields.push_back(std::move(field));
            if (i < n && text[i] == '\r') ++i;
            if (i >= n) {
                done = true;
            } else if (text[i] == separator) {
                ++i;
            } else if (text[i] == '\n') {
                ++i;
                ++line;
                done = true;
            }
        }
        record.end = i;
        out.records.push_back(std::move(record));
    }
    return out;
}

std::string quote(const std::string& field, char separator) {
    if (field.find_first_of(std::string{separator, '"', '\n', '\r'}) == std::string::npos) return field;
    std::string quoted = "\"";
    for (const char c : field) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

} // namespace geodata::csv_spans
