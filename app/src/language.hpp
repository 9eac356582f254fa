#pragma once
// The two languages the app speaks, and picking the right one of a bilingual text.
#include "geodata/timeline.hpp"

#include <string>

namespace app {

enum class Language { Swedish, English };

/// The UI's words in the chosen language.
[[nodiscard]] inline const char* tr(Language language, const char* sv, const char* en) {
    return language == Language::Swedish ? sv : en;
}

/// A text from the data in the chosen language; Swedish when it has no English.
[[nodiscard]] inline const std::string& pick(const geodata::Text& text, Language language) {
    return language == Language::English && !text.en.empty() ? text.en : text.sv;
}

} // namespace app
