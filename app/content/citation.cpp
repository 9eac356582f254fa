#include "content/citation.hpp"

#include <algorithm>
#include <cctype>

namespace app {

namespace {

constexpr std::string_view kMatchPrefix = "citation.match.";

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(first, last - first + 1));
}

// The words before "%s" in common.source ("Källa:", "Source:"), in either language: a dataset's
// attribution often starts with them, and the map words it again in the chosen language.
std::optional<size_t> sourcePrefixLength(std::string_view attribution, const Strings& text) {
    for (const Language language : {Language::Swedish, Language::English}) {
        const std::string& pattern = text.get("common.source", language);
        const std::string prefix = trim(pattern.substr(0, pattern.find("%s")));
        if (!prefix.empty() && lower(attribution).rfind(lower(prefix), 0) == 0) return prefix.size();
    }
    return std::nullopt;
}

// Every address in a free text replaced by its host: "Data: https://x.org/a" → "Data: x.org".
std::string hostsOnly(std::string_view part) {
    std::string out;
    size_t from = 0;
    for (size_t scheme = part.find("://"); scheme != std::string_view::npos;
         scheme = part.find("://", from)) {
        size_t start = scheme;
        while (start > from && std::isalpha(static_cast<unsigned char>(part[start - 1]))) --start;
        const size_t end = std::min(part.find_first_of(" \t", scheme), part.size());
        out += std::string(part.substr(from, start - from)) + hostOf(part.substr(start, end - start));
        from = end;
    }
    return out + std::string(part.substr(from));
}

} // namespace

std::vector<std::string> sourceParts(std::string_view sources) {
    std::vector<std::string> parts;
    size_t start = 0;
    while (start <= sources.size()) {
        const size_t bar = sources.find('|', start);
        const std::string part =
            trim(sources.substr(start, bar == std::string_view::npos ? bar : bar - start));
        if (!part.empty()) parts.push_back(part);
        if (bar == std::string_view::npos) break;
        start = bar + 1;
    }
    return parts;
}

std::string hostOf(std::string_view part) {
    const auto scheme = part.find("://");
    if (scheme == std::string_view::npos || part.find(' ') < scheme) return {};
    std::string host(part.substr(scheme + 3));
    host = host.substr(0, host.find_first_of("/?# "));
    if (host.rfind("www.", 0) == 0) host = host.substr(4);
    while (!host.empty() && host.back() == '.') host.pop_back(); // "issuu.com./…" is the same host
    return host;
}

std::optional<std::string> knownCitation(std::string_view part, const Strings& text) {
    const std::string haystack = lower(part);
    std::string best;
    size_t bestLength = 0;
    for (const std::string& key : text.keys(Language::Swedish)) {
        if (key.rfind(kMatchPrefix, 0) != 0) continue;
        const std::string needle = lower(std::string_view(key).substr(kMatchPrefix.size()));
        // The longest needle is the most specific: "de.wikipedia.org" before "wikipedia.org".
        if (needle.size() > bestLength && haystack.find(needle) != std::string::npos) {
            best = key;
            bestLength = needle.size();
        }
    }
    if (best.empty()) return std::nullopt;
    return text.get(best);
}

std::string citeOne(std::string_view part, const Strings& text) {
    if (auto known = knownCitation(part, text)) return *known;
    return trim(hostsOnly(part));
}

namespace {

// Each part cited by `cite`, repeats dropped, joined, cut after maxNames.
template <typename Cite>
std::string joinCitations(std::string_view sources, const Strings& text, size_t maxNames, Cite cite) {
    std::vector<std::string> names;
    for (const std::string& part : sourceParts(sources)) {
        std::string name = cite(part);
        if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(std::move(name));
    }
    std::string out;
    for (size_t i = 0; i < names.size() && (maxNames == 0 || i < maxNames); ++i)
        out += (i > 0 ? ", " : "") + names[i];
    if (maxNames > 0 && names.size() > maxNames) out += " " + text.get("citation.more");
    return out;
}

} // namespace

std::string shortCitation(std::string_view sources, const Strings& text, size_t maxNames) {
    return joinCitations(sources, text, maxNames,
                         [&](const std::string& part) { return citeOne(part, text); });
}

std::string citeSource(std::string_view part, const geodata::SourceTable& sources, const Strings& text) {
    if (const geodata::Source* source = sources.find(trim(part)))
        return text.language() == Language::English ? source->shortEn : source->shortSv;
    return citeOne(part, text);
}

std::string shortCitation(std::string_view field, const geodata::SourceTable& sources, const Strings& text,
                          size_t maxNames) {
    return joinCitations(field, text, maxNames,
                         [&](const std::string& part) { return citeSource(part, sources, text); });
}

std::string attributionText(std::string_view attribution, const Strings& text) {
    std::string rest = trim(attribution);
    if (rest.empty()) return {};
    if (const auto prefix = sourcePrefixLength(rest, text))
        rest = trim(std::string_view(rest).substr(*prefix));
    // A trailing "(CC0)" is the licence: it reads the same in every language and stays.
    std::string licence;
    if (const auto open = rest.rfind(" (");
        open != std::string::npos && rest.back() == ')' && hostOf(rest.substr(open)).empty()) {
        licence = rest.substr(open);
        rest = trim(std::string_view(rest).substr(0, open));
    }
    return text.format("common.source", {shortCitation(rest, text, 0)}) + licence;
}

} // namespace app
