#pragma once
// Attribute text that is not UTF-8. A shapefile's .dbf says its encoding in a .cpg beside it (or in its
// header's language driver byte); without either, GDAL hands over the bytes as they are, and a Latin-1
// "Södertälje" reached the screen garbled and made `--list` abort (invalid UTF-8 in JSON). Such text is
// decoded as Windows-1252, the superset of ISO-8859-1 that Swedish (and most Western European) software
// writes, and the loader warns once per file.
#include <string>

namespace geodata::detail {

/// True when `text` is valid UTF-8 (ASCII included).
[[nodiscard]] bool isUtf8(const std::string& text);
/// `text` decoded from Windows-1252 to UTF-8 (bytes that code page leaves undefined as ISO-8859-1).
[[nodiscard]] std::string utf8FromWindows1252(const std::string& text);

} // namespace geodata::detail
