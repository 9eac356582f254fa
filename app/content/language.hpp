#pragma once
// The two languages the app speaks, and picking the right one of a bilingual text from the data.
// The interface's own words are in the catalogues (i18n.hpp, data/i18n/*.json).
#include "geodata/timeline.hpp"

#include <string>

namespace app {

enum class Language { Swedish, English };

/// A text from the data in the chosen language; Swedish when it has no English.
[[nodiscard]] inline const std::string& pick(const geodata::Text& text, Language language) {
    return language == Language::English && !text.en.empty() ? text.en : text.sv;
}

} // namespace app
