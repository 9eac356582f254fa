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

/// `text` read as Windows-1252, in UTF-8. The five bytes Windows-1252 leaves undefined (81 8D 8F 90 9D)
/// become U+FFFD, the replacement character, so nothing is dropped silently.
[[nodiscard]] std::string windows1252ToUtf8(std::string_view text);

/// "UTF-16 little-endian" or "UTF-16 big-endian" when `text` starts with that byte order mark (Excel's
/// "Unicode text"), else nullopt.
[[nodiscard]] std::optional<std::string> utf16ByteOrderMark(std::string_view text);

} // namespace geodata
