#pragma once
// Options that contradict each other, or that only mean something beside another option. Before, the
// command line resolved them silently: `--list --export-png x.png` listed and wrote no PNG (status 0),
// `--story` without `--export-video` was ignored. Now the first such conflict is refused with a sentence
// that says why, as CLI11 already refused `--kiosk --present`.
#include <optional>
#include <set>
#include <string>

namespace app {

/// The first conflict among the options the command line gave (their long names, "--list"), as one
/// sentence without "tidsatlas: "; nullopt when they fit together.
[[nodiscard]] std::optional<std::string> optionConflict(const std::set<std::string>& given);

} // namespace app
