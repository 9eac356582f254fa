#pragma once
// A CSV text split into records, each with the bytes it came from, so a file can be rewritten with every
// untouched record byte for byte (the population import) and every cell named by its line (messages).
// RFC 4180 with a spreadsheet's leniency: quoted fields may hold the separator, "" and line breaks; CR LF
// or LF line ends. csv_rows.hpp reads the same dialect for the loaders; this one keeps each record's bytes.
#include "csv_rows.hpp" // csv::trim, and the dialect population.csv is read in

#include <cstddef>
#include <string>
#include <vector>

namespace geodata::csv_spans {

struct Record {
    int line = 0;     // 1-based line on which the record starts
    size_t begin = 0; // first byte of the record in the text
    size_t end = 0;   // one past its last byte, line end included
    std::vector<std::string> fields;
    [[nodiscard]] bool blank() const; // every field empty or white space
};

struct Split {
    std::vector<Record> records; // blank lines included, so line numbers and byte ranges stay whole
    int errorLine = 0;           // 0 = no error
    std::string error;           // an unterminated quote or text after a closing quote
    [[nodiscard]] bool ok() const { return error.empty(); }
};

[[nodiscard]] Split split(const std::string& text, char separator);

/// ',' or ';', whichever the first non-blank line has more of (a Swedish spreadsheet writes ';').
[[nodiscard]] char detectSeparator(const std::string& text);

/// One field as a spreadsheet writes it: quoted only when it holds the separator, a quote or a line break.
[[nodiscard]] std::string quote(const std::string& field, char separator);

} // namespace geodata::csv_spans
