#include "content/change_text.hpp"

#include <algorithm>
#include <set>

namespace app {

std::string joinNames(const std::vector<std::string>& names, const Strings& text) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? " " + text.get("common.and") + " " : ", ";
        out += names[i];
    }
    return out;
}

std::string changesSentence(const std::vector<std::string>& changes, const Strings& text) {
    if (changes.size() <= kCaptionChanges) return joinNames(changes, text) + ".";
    std::vector<std::string> named(changes.begin(), changes.begin() + kCaptionChanges);
    named.push_back(text.format("caption.more_changes", {changes.size() - kCaptionChanges}));
    return joinNames(named, text) + ".";
}

namespace {

std::string sentence(const std::vector<std::string>& from, const geodata::UnitVersion& to, bool absorbs,
                     const Strings& text) {
    if (from.empty()) return text.format("change.appears", {to.name});
    // English verbs agree with the number of units ("Brännkyrka joins", "A and B join"); the keys
    // keep that apart for every language.
    if (absorbs && from.size() == 1) return text.format("change.absorbed_one", {from[0], to.name});
    if (absorbs) return text.format("change.absorbed_many", {joinNames(from, text), to.name});
    if (from.size() == 1) return text.format("change.splits", {to.name, from[0]});
    return text.format("change.forms", {joinNames(from, text), to.name});
}

} // namespace

std::vector<std::string> describeChanges(const geodata::Dataset& dataset, int year, const Strings& text) {
    std::vector<std::string> lines;
    std::set<int> explained; // earlier versions already covered by a sentence
    for (const geodata::UnitVersion& u : dataset.units) {
        if (u.fromYear != year) continue;
        std::vector<std::string> others;
        bool continues = false; // the same code existed the year before
        std::string sourceCode;
        for (const geodata::LineageLink& link : dataset.lineage.cameFrom(u.id)) {
            const geodata::UnitVersion& before = dataset.units[static_cast<size_t>(link.from)];
            explained.insert(before.id);
            // The same code, or the same name under a new code (a stad that becomes a kommun),
            // is the unit living on.
            if (before.code == u.code || before.name == u.name) {
                continues = true;
                if (before.polygons == u.polygons && before.kind != u.kind && !u.kind.empty())
                    lines.push_back(text.format("change.becomes", {before.fullName(), u.fullName()}));
            } else {
                others.push_back(before.name);
                sourceCode = before.code;
            }
        }
        std::sort(others.begin(), others.end());
        if (continues && others.empty()) continue; // only the kind or a small boundary adjustment
        // A unit that keeps its code and gains neighbours absorbs them. A new unit with a single
        // source has split from it if the source lives on, and replaced it if not.
        if (!continues && others.size() == 1 && !dataset.versionOf(sourceCode, year)) {
            lines.push_back(text.format("change.reorganised", {others[0], u.fullName()}));
            continue;
        }
        lines.push_back(sentence(others, u, continues, text));
    }
    for (const geodata::UnitVersion& u : dataset.units)
        if (u.toYear == year - 1 && !explained.count(u.id) && dataset.lineage.wentTo(u.id).empty())
            lines.push_back(text.format("change.leaves_map", {u.fullName()}));
    return lines;
}

} // namespace app
