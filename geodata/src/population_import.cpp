// Planning an import: which unit and version each figure of a source table belongs to, and what happens to
// it. Nothing here writes; population_import_writer.cpp does.
#include "geodata/population_import.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace geodata {

namespace {

// Case-folded for comparing names: ASCII and the Latin-1 letters (Å Ä Ö É …, UTF-8 C3 80–C3 9E).
std::string fold(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == 0xC3 && i + 1 < s.size()) {
            auto next = static_cast<unsigned char>(s[i + 1]);
            if (next >= 0x80 && next <= 0x9E && next != 0x97) next = static_cast<unsigned char>(next + 0x20);
            out += static_cast<char>(c);
            out += static_cast<char>(next);
            ++i;
        } else {
            out += static_cast<char>(std::tolower(c));
        }
    }
    return out;
}

bool allDigits(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(),
                                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// A source code names a unit code when equal, or when the unit code is the source code followed only by
// zeros: the bundled codes are Riksarkivet's nine digits, the municipality code and 00000 for the unit that
// carries the municipality's name (0127 → 012700000), other digits for the parishes inside it (012700001,
// Grödinge), which a municipality code never names.
bool codeNames(const std::string& source, const std::string& unit) {
    if (source == unit) return true;
    if (!allDigits(source) || !allDigits(unit) || unit.size() <= source.size()) return false;
    return unit.starts_with(source) && std::all_of(unit.begin() + static_cast<std::ptrdiff_t>(source.size()),
                                                   unit.end(), [](char c) { return c == '0'; });
}

std::string yearsOf(int from, int to) {
    return std::to_string(from) + "–" + (to >= kOpenEndYear ? std::string() : std::to_string(to));
}

std::string versionsOf(const std::vector<const UnitVersion*>& versions) {
    std::string list;
    for (const UnitVersion* v : versions)
        list += (list.empty() ? "" : ", ") + yearsOf(v->fromYear, v->toYear);
    return list;
}

std::string formatArea(double m2) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.0f", m2 / 1e6);
    return buffer;
}

// Two versions hold the same land when their areas are within half a per cent of each other (the same
// polygons cut into versions only because the kind changed, Botkyrka 1971–1973 and from 1983).
bool sameLand(const UnitVersion& a, const UnitVersion& b) {
    const double larger = std::max(a.areaM2, b.areaM2);
    return &a == &b || (larger > 0 && std::abs(a.areaM2 - b.areaM2) <= 0.005 * larger);
}

std::string otherBoundaries(const UnitVersion& version, const UnitVersion& sources,
                            const std::string& whose) {
    return "the source is on " + whose + "; the map's " + version.fullName() + " of " +
           yearsOf(version.fromYear, version.toYear) + " had other boundaries (" +
           formatArea(version.areaM2) + " km², the source's " + formatArea(sources.areaM2) + " km²)";
}

// Whether the source's boundary for this figure is known to differ from the version it is attached to.
std::string boundaryWarning(const UnitVersion& version, int year,
                            const std::vector<const UnitVersion*>& versionsOfCode,
                            SourceBoundaries boundaries) {
    if (boundaries == SourceBoundaries::AsThen) return {};
    if (boundaries == SourceBoundaries::YearAfter) {
        const UnitVersion* next = nullptr;
        for (const UnitVersion* v : versionsOfCode)
            if (v->validIn(year + 1)) next = v;
        if (!next)
            return "the source is on the division of 1 January " + std::to_string(year + 1) + ", when " +
                   version.code + " " + version.name + " no longer existed";
        return sameLand(version, *next)
                   ? std::string()
                   : otherBoundaries(version, *next, "the division of 1 January " + std::to_string(year + 1));
    }
    const UnitVersion* today = nullptr;
    for (const UnitVersion* v : versionsOfCode)
        if (!today || v->toYear > today->toYear) today = v;
    if (!today || today->toYear < kOpenEndYear)
        return "the source is on today's boundaries, but " + version.code + " " + version.name +
               " ended in " + std::to_string(today ? today->toYear : version.toYear) + " and has none today";
    return sameLand(version, *today) ? std::string() : otherBoundaries(version, *today, "today's boundaries");
}

} // namespace

std::vector<std::string> ImportPlan::warnings() const {
    std::vector<std::string> out;
    for (const PlannedFigure& f : added)
        if (!f.boundaryWarning.empty())
            out.push_back(f.code + " " + std::to_string(f.year) + ": " + f.boundaryWarning);
    for (const ImportConflict& c : conflicts)
        if (c.replaced && !c.incoming.boundaryWarning.empty())
            out.push_back(c.incoming.code + " " + std::to_string(c.incoming.year) + ": " +
                          c.incoming.boundaryWarning);
    return out;
}

size_t ImportPlan::written() const {
    return added.size() +
           static_cast<size_t>(std::count_if(conflicts.begin(), conflicts.end(),
                                             [](const ImportConflict& c) { return c.replaced; }));
}

ImportPlan planImport(const ImportTable& table, const std::vector<UnitVersion>& units,
                      const PopulationTable& existing, const ImportOptions& options) {
    ImportPlan plan;
    std::map<std::string, std::vector<const UnitVersion*>> byCode;
    for (const UnitVersion& u : units) byCode[u.code].push_back(&u);
    for (auto& [code, versions] : byCode)
        std::sort(versions.begin(), versions.end(),
                  [](const UnitVersion* a, const UnitVersion* b) { return a->fromYear < b->fromYear; });

    std::map<std::pair<std::string, int>, std::string> taken; // code and year → the region that gave it
    for (const ImportFigure& figure : table.figures) {
        const std::string region = figure.region();
        auto skip = [&](std::string reason) {
            plan.skipped.push_back({region, figure.year, std::move(reason)});
        };
        if (!figure.value) {
            skip("no figure in the source ('" + figure.mark + "')");
            continue;
        }
        if (*figure.value < 0 || !std::isfinite(*figure.value)) {
            skip("not a population figure");
            continue;
        }
        if (*figure.value == 0) {
            // No municipality has nobody; a series on current codes writes 0 where the unit did not exist in
            // its division (SCB's Nykvarn before its split).
            skip("0: the source's mark for a unit that did not exist in its division then");
            continue;
        }

        // The unit: by code first; a code that names a unit is never overridden by a name.
        const UnitVersion* version = nullptr;
        if (!figure.regionCode.empty()) {
            std::vector<std::string> codes;
            for (const auto& [code, versions] : byCode)
                if (code == figure.regionCode) codes = {code};
            if (codes.empty())
                for (const auto& [code, versions] : byCode)
                    if (codeNames(figure.regionCode, code)) codes.push_back(code);
            if (codes.size() > 1) {
                skip("the code matches several units (" + codes.front() + ", " + codes[1] + ")");
                continue;
            }
            if (codes.size() == 1) {
                const auto& versions = byCode[codes.front()];
                for (const UnitVersion* v : versions)
                    if (v->validIn(figure.year)) version = v;
                if (!version) {
                    // A unit of the same name under another code may hold that land then (Salem 1971–1973 is
                    // 012800001, today's Salem 012800000): say so, but never move the figure there.
                    std::string sameName;
                    for (const UnitVersion& u : units)
                        if (u.code != codes.front() && u.validIn(figure.year) &&
                            fold(u.name) == fold(versions.front()->name))
                            sameName =
                                "; " + u.code + " " + u.fullName() + " has the same name but another code";
                    skip("no version of " + codes.front() + " " + versions.front()->name +
                         " is valid on 31 December of the year (its versions: " + versionsOf(versions) + ")" +
                         sameName);
                    continue;
                }
            }
        }
        if (!version) {
            const std::string wanted = fold(figure.regionName);
            std::set<std::string> codes;
            bool nameExists = false;
            for (const UnitVersion& u : units) {
                if (wanted.empty() || (fold(u.name) != wanted && fold(u.fullName()) != wanted)) continue;
                nameExists = true;
                if (u.validIn(figure.year)) {
                    codes.insert(u.code);
                    version = &u;
                }
            }
            if (codes.size() > 1) {
                skip("the name matches several units valid then (" + *codes.begin() + ", " +
                     *std::next(codes.begin()) + ")");
                continue;
            }
            if (!version) {
                skip(nameExists ? "no unit of that name is valid on 31 December of the year"
                                : "no unit with this code or name in the boundary data");
                continue;
            }
        }

        PlannedFigure planned;
        planned.code = version->code;
        planned.name = version->fullName();
        planned.year = figure.year;
        planned.value = *figure.value;
        planned.region = region;
        planned.versionFrom = version->fromYear;
        planned.versionTo = version->toYear;
        planned.boundaryWarning =
            boundaryWarning(*version, figure.year, byCode[version->code], options.boundaries);
        const std::string from = table.title.empty() ? std::string("imported table") : table.title;
        planned.note = from + " (" + region + ")";
        if (!planned.boundaryWarning.empty()) planned.note += "; " + planned.boundaryWarning;

        const auto [it, fresh] = taken.emplace(std::make_pair(planned.code, planned.year), region);
        if (!fresh) {
            skip("a second figure for " + planned.code + " in this table (the first is from " + it->second +
                 ")");
            continue;
        }
        const PopulationRecord* old = nullptr;
        for (const PopulationRecord* r : existing.recordsOf(planned.code))
            if (r->year == planned.year) old = r;
        if (!old) {
            plan.added.push_back(std::move(planned));
        } else if (std::abs(old->population - planned.value) < 0.5) {
            plan.unchanged.push_back(std::move(planned));
        } else {
            plan.conflicts.push_back(
                {std::move(planned), old->population, old->source, old->line, options.replace});
        }
    }
    return plan;
}

std::string ImportFigure::region() const {
    if (regionCode.empty()) return regionName;
    if (regionName.empty()) return regionCode;
    return regionCode + " " + regionName;
}

} // namespace geodata
