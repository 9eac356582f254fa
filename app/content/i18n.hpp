#pragma once
// The UI's words in Swedish and English, read from data/i18n/sv.json and en.json (flat objects,
// key → text). Swedish is the reference: a key missing in English falls back to the Swedish text, and a
// key missing everywhere shows as the key itself, so a gap is visible on screen instead of blank, and is
// recorded so a test can fail on it.
#include "content/language.hpp"

#include <concepts>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace app {

/// One value for a placeholder in a UI text: %d takes a whole number, %s a text, %.1f a decimal number.
class FormatArg {
  public:
    template <std::integral T> FormatArg(T value) : m_value(static_cast<long long>(value)) {}
    template <std::floating_point T> FormatArg(T value) : m_value(static_cast<double>(value)) {}
    FormatArg(const char* value) : m_value(std::string(value)) {}
    FormatArg(std::string_view value) : m_value(std::string(value)) {}
    FormatArg(const std::string& value) : m_value(value) {}
    /// The value written for `conversion` ('d', 's', 'f', …) with `precision` digits (-1 = default).
    [[nodiscard]] std::string render(char conversion, int precision) const;

  private:
    std::variant<long long, double, std::string> m_value;
};

/// The printf conversions in `text`, in order: {"%d", "%s", "%.1f"}. "%%" is a literal percent sign.
[[nodiscard]] std::vector<std::string> placeholders(std::string_view text);

/// Fills the placeholders of `pattern` in order. Unlike printf never undefined with a translator's text:
/// a placeholder without an argument stays as written, extra arguments are ignored, and a number given
/// for %s (or a text for %d) is written as it is.
[[nodiscard]] std::string formatText(std::string_view pattern, std::initializer_list<FormatArg> args);

/// One catalogue's file name (for messages) and its text; no text when the file could not be opened.
struct CatalogueSource {
    std::string file;
    std::optional<std::string> text;
};

class Strings {
  public:
    /// Reads <folder>/sv.json and <folder>/en.json and chooses `language`. Never throws. Returns the
    /// problems, one line each naming the file and the key ("data/i18n/en.json /quiz.score: …"). An
    /// English text whose placeholders differ from the Swedish one is dropped (the Swedish text is used),
    /// because a wrong placeholder would break the sentence or the formatting.
    std::vector<std::string> load(const std::string& folder, Language language = Language::Swedish);
    /// The same for catalogues already read (sv.json, en.json). What the fuzzer calls.
    std::vector<std::string> loadFromText(const CatalogueSource& swedish, const CatalogueSource& english,
                                          Language language = Language::Swedish);

    void setLanguage(Language language) { m_language = language; }
    [[nodiscard]] Language language() const { return m_language; }

    /// The text for `key` in the chosen language, else in Swedish, else the key itself.
    [[nodiscard]] const std::string& get(std::string_view key) const { return get(key, m_language); }
    [[nodiscard]] const std::string& get(std::string_view key, Language language) const;
    /// get(key) with its placeholders filled: format("quiz.which_formed", {"Haninge", 1971}).
    [[nodiscard]] std::string format(std::string_view key, std::initializer_list<FormatArg> args) const;
    /// The same in `language`, whatever language is chosen (the kiosk's bilingual cards).
    [[nodiscard]] std::string format(std::string_view key, std::initializer_list<FormatArg> args,
                                     Language language) const;
    [[nodiscard]] bool has(std::string_view key, Language language) const;

    /// The keys of a catalogue, sorted. Swedish by default: the reference set.
    [[nodiscard]] std::vector<std::string> keys(Language language = Language::Swedish) const;
    /// Keys asked for (get, format) that the language asked for did not have, sorted, as "en: key".
    [[nodiscard]] std::vector<std::string> missingKeys() const;
    void clearMissing() { m_missing.clear(); }

  private:
    using Catalogue = std::map<std::string, std::string, std::less<>>;
    [[nodiscard]] const Catalogue& catalogue(Language language) const;

    Catalogue m_sv;
    Catalogue m_en;
    Language m_language = Language::Swedish;
    // Unknown keys are returned as themselves; the set owns the strings so the references stay valid.
    mutable std::set<std::string, std::less<>> m_unknown;
    mutable std::set<std::string> m_missing;
};

/// data/i18n: in the working directory, beside an installed executable or in the source tree
/// (bundled_files.hpp).
[[nodiscard]] std::string defaultI18nDir();

/// The app's catalogues (defaultI18nDir()) in `language`, as every mode and export reads them: each load
/// problem is printed on stderr as a warning and, when `problems` is given, added to it for the
/// problems panel.
[[nodiscard]] Strings loadAppStrings(Language language, std::vector<std::string>* problems = nullptr);

/// "sv" or "en": the catalogue's file name and the config's spelling.
[[nodiscard]] const char* languageCode(Language language);

} // namespace app
