#pragma once
// Small helpers shared by the table readers of the population import.
#include <optional>
#include <string>

namespace geodata::import_detail {

/// "1968" → 1968; a four-digit year only (1000–2999), nullopt for anything else ("2020M01", "1968K1").
[[nodiscard]] std::optional<int> parseYear(const std::string& text);

/// Splits "0127 Botkyrka" into code "0127" and name "Botkyrka"; a label without a leading code gives an
/// empty code and the whole label as name.
void splitRegionLabel(const std::string& label, std::string& code, std::string& name);

/// Reads a whole file; nullopt when it cannot be opened.
[[nodiscard]] std::optional<std::string> readFile(const std::string& path);

} // namespace geodata::import_detail
