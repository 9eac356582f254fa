#include "source_table_common.hpp"

#include "csv_spans.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

namespace geodata::import_detail {

std::optional<int> parseYear(const std::string& text) {
    const std::string t = csv::trim(text);
    if (t.size() != 4 ||
        !std::all_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        return std::nullopt;
    const int year = std::stoi(t);
    if (year < 1000 || year > 2999) return std::nullopt;
    return year;
}

void splitRegionLabel(const std::string& label, std::string& code, std::string& name) {
    const std::string t = csv::trim(label);
    size_t digits = 0;
    while (digits < t.size() && std::isdigit(static_cast<unsigned char>(t[digits]))) ++digits;
    if (digits > 0 && digits < t.size() && (t[digits] == ' ' || t[digits] == '\t')) {
        code = t.substr(0, digits);
        name = csv::trim(t.substr(digits));
    } else if (digits == t.size() && digits > 0) {
        code = t;
        name.clear();
    } else {
        code.clear();
        name = t;
    }
}

std::optional<std::string> readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

} // namespace geodata::import_detail
