// The UI's words: the two catalogues, the fallback chain and safe placeholder filling.
#include "content/i18n.hpp"

#include "content/bundled_files.hpp"
// The JSON helpers geodata uses for timeline.json, so parse errors read the same in every file.
#include "geodata/json_file.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>

namespace app {

namespace {

using geodata::json::describeType;
using geodata::json::Json;
using geodata::json::pointer;

// The length of the printf conversion starting at text[at] == '%', and its parts; 0 when it is none.
struct Conversion {
    size_t length = 0;
    char type = 0;
    int precision = -1;
};

constexpr int kMaxPrecision = 64;

Conversion conversionAt(std::string_view text, size_t at) {
    size_t i = at + 1;
    while (i < text.size() && std::string_view("-+ #0").find(text[i]) != std::string_view::npos) ++i;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    int precision = -1;
    if (i < text.size() && text[i] == '.') {
        precision = 0;
        ++i;
        // Capped, so "%.99999999999f" cannot overflow an int (found by fuzz_i18n; UBSan): a number is
        // rendered into 64 characters (FormatArg::render), so more decimals make no difference.
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])))
            precision = std::min(precision * 10 + (text[i++] - '0'), kMaxPrecision);
    }
    // Length modifiers (%zu, %ld) are part of the placeholder: a size_t count is common in ImGui code.
    while (i < text.size() && std::string_view("hlzjtL").find(text[i]) != std::string_view::npos) ++i;
    if (i >= text.size() || std::string_view("diufeEgGsc").find(text[i]) == std::string_view::npos) return {};
    return {i + 1 - at, text[i], precision};
}

// Reads one catalogue; problems name the file and, where there is one, the key as a JSON pointer.
void readCatalogue(const CatalogueSource& source, std::map<std::string, std::string, std::less<>>& out,
                   std::vector<std::string>& problems) {
    const std::string& file = source.file;
    if (!source.text) {
        problems.push_back(file + ": cannot open the file");
        return;
    }
    // nlohmann keeps the last of two equal keys silently; a translator should hear about the first.
    const geodata::json::ParseResult parsed = geodata::json::parse(*source.text);
    if (!parsed.ok()) {
        problems.push_back(file + ": " + parsed.error);
        return;
    }
    const Json& root = parsed.value;
    if (!root.is_object()) {
        problems.push_back(file + ": expected an object of \"key\": \"text\" pairs, found " +
                           describeType(root));
        return;
    }
    for (const geodata::json::DuplicateKey& d : parsed.duplicates)
        problems.push_back(file + " " + d.pointer + ": " + d.message() + "; the last text is used");
    for (const auto& item : root.items()) {
        if (!item.key().empty() && item.key()[0] == '_') continue; // a comment for translators
        const std::string where = file + " " + pointer("", item.key());
        if (!item.value().is_string()) {
            problems.push_back(where + ": expected a text, found " + describeType(item.value()));
            continue;
        }
        if (item.value().get<std::string>().empty()) {
            problems.push_back(where + ": the text is empty");
            continue;
        }
        out[item.key()] = item.value().get<std::string>();
    }
}

std::string joined(const std::vector<std::string>& list) {
    std::string s;
    for (const std::string& item : list) s += (s.empty() ? "" : " ") + item;
    return s.empty() ? "none" : s;
}

} // namespace

std::string FormatArg::render(char conversion, int precision) const {
    if (const auto* text = std::get_if<std::string>(&m_value)) return *text;
    const double number =
        std::holds_alternative<double>(m_value) ? std::get<double>(m_value) : std::get<long long>(m_value);
    if (conversion == 'f') {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.*f", precision < 0 ? 6 : precision, number);
        return buffer;
    }
    if (const auto* whole = std::get_if<long long>(&m_value)) return std::to_string(*whole);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%g", number);
    return buffer;
}

std::vector<std::string> placeholders(std::string_view text) {
    std::vector<std::string> found;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') continue;
        if (i + 1 < text.size() && text[i + 1] == '%') {
            ++i;
            continue;
        }
        if (const Conversion c = conversionAt(text, i); c.length > 0) {
            found.emplace_back(text.substr(i, c.length));
            i += c.length - 1;
        }
    }
    return found;
}

std::string formatText(std::string_view pattern, std::initializer_list<FormatArg> args) {
    std::string out;
    auto next = args.begin();
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != '%') {
            out += pattern[i];
            continue;
        }
        if (i + 1 < pattern.size() && pattern[i + 1] == '%') {
            out += '%';
            ++i;
            continue;
        }
        const Conversion c = conversionAt(pattern, i);
        if (c.length == 0 || next == args.end()) {
            out += pattern[i];
            continue;
        }
        out += next->render(c.type, c.precision);
        ++next;
        i += c.length - 1;
    }
    return out;
}

std::vector<std::string> Strings::load(const std::string& folder, Language language) {
    const auto source = [&](Language l) {
        const std::string file =
            (std::filesystem::path(folder) / (std::string(languageCode(l)) + ".json")).string();
        return CatalogueSource{file, geodata::json::readFile(file)};
    };
    return loadFromText(source(Language::Swedish), source(Language::English), language);
}

std::vector<std::string> Strings::loadFromText(const CatalogueSource& swedish, const CatalogueSource& english,
                                               Language language) {
    std::vector<std::string> problems;
    m_sv.clear();
    m_en.clear();
    m_missing.clear();
    m_language = language;
    readCatalogue(swedish, m_sv, problems);
    readCatalogue(english, m_en, problems);
    // English is checked against Swedish, the reference the app falls back to.
    std::vector<std::string> untranslated;
    for (const auto& [key, text] : m_sv)
        if (!m_en.contains(key)) untranslated.push_back(key);
    if (!untranslated.empty() && !m_en.empty())
        problems.push_back(english.file + ": " + std::to_string(untranslated.size()) +
                           " keys missing, shown in Swedish: " + joined(untranslated));
    for (auto it = m_en.begin(); it != m_en.end();) {
        const std::string where = english.file + " " + pointer("", it->first);
        const auto sv = m_sv.find(it->first);
        if (sv == m_sv.end() && !m_sv.empty())
            problems.push_back(where + ": the key is not in sv.json, the reference catalogue");
        if (sv != m_sv.end() && placeholders(sv->second) != placeholders(it->second)) {
            problems.push_back(where + ": placeholders " + joined(placeholders(it->second)) +
                               " differ from sv.json's " + joined(placeholders(sv->second)) +
                               "; the Swedish text is used");
            it = m_en.erase(it);
            continue;
        }
        ++it;
    }
    return problems;
}

const Strings::Catalogue& Strings::catalogue(Language language) const {
    return language == Language::English ? m_en : m_sv;
}

const std::string& Strings::get(std::string_view key, Language language) const {
    const Catalogue& chosen = catalogue(language);
    if (const auto it = chosen.find(key); it != chosen.end()) return it->second;
    m_missing.insert(std::string(languageCode(language)) + ": " + std::string(key));
    if (const auto it = m_sv.find(key); it != m_sv.end()) return it->second;
    return *m_unknown.emplace(key).first;
}

std::string Strings::format(std::string_view key, std::initializer_list<FormatArg> args) const {
    return formatText(get(key), args);
}

std::string Strings::format(std::string_view key, std::initializer_list<FormatArg> args,
                            Language language) const {
    return formatText(get(key, language), args);
}

bool Strings::has(std::string_view key, Language language) const { return catalogue(language).contains(key); }

std::vector<std::string> Strings::keys(Language language) const {
    std::vector<std::string> list;
    for (const auto& entry : catalogue(language)) list.push_back(entry.first);
    return list;
}

std::vector<std::string> Strings::missingKeys() const { return {m_missing.begin(), m_missing.end()}; }

std::string defaultI18nDir() { return bundledDir("i18n"); }

Strings loadAppStrings(Language language, std::vector<std::string>* problems) {
    Strings strings;
    for (std::string& problem : strings.load(defaultI18nDir(), language)) {
        std::fprintf(stderr, "tidsatlas: warning: %s\n", problem.c_str());
        if (problems) problems->push_back(std::move(problem));
    }
    return strings;
}

const char* languageCode(Language language) { return language == Language::English ? "en" : "sv"; }

} // namespace app
