#pragma once
// Bytes of a text file → UTF-8. Statistics offices and spreadsheets still write Latin-1 (Windows-1252) as
// often as UTF-8, and a file does not say which; valid UTF-8 is taken as UTF-8, anything else as
// Windows-1252 (Latin-1 with printable characters in 0x80–0x9F), converted with iconv.
#include <string>

namespace geodata {

struct DecodedText {
    std::string text;     // UTF-8, without a byte-order mark
    std::string encoding; // "UTF-8", "UTF-8 with BOM" or "Latin-1"
};

[[nodiscard]] bool isValidUtf8(const std::string& bytes);
[[nodiscard]] DecodedText decodeText(const std::string& bytes);

} // namespace geodata
