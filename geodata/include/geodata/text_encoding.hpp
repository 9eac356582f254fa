#pragma once
// Text that a curator's tools wrote in an 8-bit code page instead of UTF-8: Excel on Swedish (and other
// Western European) Windows saves "CSV" as Windows-1252, so "Ösmö" arrives as the bytes D6 73 6D F6 and
// showed as mojibake. The conversions are glibc's iconv, not tables of our own.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace geodata {

/// The byte offset of the first sequence in `text` that is not valid UTF-8 (a stray byte, a cut-off or
/// overlong sequence, a surrogate), or nullopt when all of it is UTF-8.
[[nodiscard]] std::optional<size_t> firstInvalidUtf8(std::string_view text);

/// Bytes of a whole text file in UTF-8, and what they were: "UTF-8", "UTF-8 with BOM" or "Latin-1".
/// Statistics offices and spreadsheets write Latin-1 (Windows-1252) as often as UTF-8 and a file does not
/// say which: valid UTF-8 is taken as UTF-8, anything else as Windows-1252.
struct DecodedText {
    std::string text;     // UTF-8, without a byte-order mark
    std::string encoding; // "UTF-8", "UTF-8 with BOM" or "Latin-1"
};
[[nodiscard]] DecodedText decodeText(const std::string& bytes);

/// True when all of `text` is UTF-8 (ASCII included). Plain ASCII, most attribute values, is answered
/// without asking iconv.
[[nodiscard]] bool isValidUtf8(std::string_view text);

/// `text` read as Windows-1252, in UTF-8. The five bytes Windows-1252 leaves undefined (81 8D 8F 90 9D)
/// become U+FFFD, the replacement character, so nothing is dropped silently.
[[nodiscard]] std::string windows1252ToUtf8(std::string_view text);

/// "UTF-16 little-endian" or "UTF-16 big-endian" when `text` starts with that byte order mark (Excel's
/// "Unicode text"), else nullopt.
[[nodiscard]] std::optional<std::string> utf16ByteOrderMark(std::string_view text);

} // namespace geodata
