#include "cli/import_command.hpp"

#include "geodata/dataset.hpp"
#include "geodata/sources.hpp"

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <map>
#include <ostream>
#include <set>
#include <sstream>
#include <tuple>

namespace app {

namespace fs = std::filesystem;

namespace {

// 1968, 1969, 1970, 1975 → "1968–1970, 1975"
std::string yearRanges(std::vector<int> years) {
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    std::string out;
    for (size_t i = 0; i < years.size();) {
        size_t j = i;
        while (j + 1 < years.size() && years[j + 1] == years[j] + 1) ++j;
        out += (out.empty() ? "" : ", ") + std::to_string(years[i]);
        if (j > i) out += "–" + std::to_string(years[j]);
        i = j + 1;
    }
    return out;
}

std::string counted(size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}
std::string figures(size_t n) { return counted(n, "figure", "figures"); }

const char* boundariesText(geodata::SourceBoundaries b) {
    switch (b) {
    case geodata::SourceBoundaries::Today:
        return ", figures on today's boundaries";
    case geodata::SourceBoundaries::YearAfter:
        return ", figures on the division of 1 January the year after";
    case geodata::SourceBoundaries::AsThen:
        break;
    }
    return ", figures for the units as they stood";
}

std::string versionYears(int from, int to) {
    return std::to_string(from) + "–" + (to >= geodata::kOpenEndYear ? std::string() : std::to_string(to));
}

} // namespace

std::string importReport(const geodata::ImportTable& table, const geodata::ImportPlan& plan,
                         const ImportRequest& request) {
    std::ostringstream out;
    const std::string target = (fs::path(request.dataDir) / "population.csv").string();
    out << "Importing " << table.file << " (" << table.format;
    if (!table.title.empty()) out << ": \"" << table.title << "\"";
    out << ")\n";
    if (!table.contents.empty()) out << "  contents: " << table.contents << "\n";
    out << "  into " << target << " with source '" << request.sourceId << "'"
        << boundariesText(request.boundaries) << "\n";
    for (const std::string& line : table.ignored) out << "  not a figure, ignored: " << line << "\n";

    // Added: one line per unit version, the years as ranges.
    struct Group {
        std::string name;
        std::vector<int> years;
    };
    std::map<std::tuple<std::string, int, int>, Group> added;
    for (const geodata::PlannedFigure& f : plan.added) {
        Group& g = added[{f.code, f.versionFrom, f.versionTo}];
        g.name = f.name;
        g.years.push_back(f.year);
    }
    out << "\nAdded " << figures(plan.added.size()) << (plan.added.empty() ? "" : ":") << "\n";
    for (const auto& [key, g] : added)
        out << "  + " << std::get<0>(key) << " " << g.name << " (version "
            << versionYears(std::get<1>(key), std::get<2>(key)) << "): " << yearRanges(g.years) << " ("
            << figures(g.years.size()) << ")\n";

    // Boundary warnings, grouped the same way.
    std::map<std::pair<std::string, std::string>, std::vector<int>> warned;
    for (const geodata::PlannedFigure& f : plan.added)
        if (!f.boundaryWarning.empty()) warned[{f.code, f.boundaryWarning}].push_back(f.year);
    for (const geodata::ImportConflict& c : plan.conflicts)
        if (c.replaced && !c.incoming.boundaryWarning.empty())
            warned[{c.incoming.code, c.incoming.boundaryWarning}].push_back(c.incoming.year);
    if (!warned.empty()) {
        out << "\nWarnings (the figure is written, with this in its note):\n";
        for (const auto& [key, years] : warned)
            out << "  ! " << key.first << " " << yearRanges(years) << ": " << key.second << "\n";
    }

    const size_t replaced = static_cast<size_t>(std::count_if(plan.conflicts.begin(), plan.conflicts.end(),
                                                              [](const auto& c) { return c.replaced; }));
    out << "\nConflicts with figures already in population.csv: " << plan.conflicts.size() << "\n";
    for (const geodata::ImportConflict& c : plan.conflicts)
        out << "  ≠ " << c.incoming.code << " " << c.incoming.name << " " << c.incoming.year << ": line "
            << c.existingLine << " has " << geodata::formatPopulationValue(c.existingValue) << " (source "
            << c.existingSource << "), the table " << geodata::formatPopulationValue(c.incoming.value)
            << " — "
            << (c.replaced ? "replaced by the table's figure" : "kept (--replace writes the table's figure)")
            << "\n";
    if (!plan.unchanged.empty())
        out << "\nAlready there with the same figure: " << figures(plan.unchanged.size()) << "\n";

    std::map<std::pair<std::string, std::string>, std::vector<int>> skipped;
    for (const geodata::SkippedFigure& s : plan.skipped) skipped[{s.region, s.reason}].push_back(s.year);
    out << "\nSkipped " << figures(plan.skipped.size()) << (plan.skipped.empty() ? "" : ":") << "\n";
    for (const auto& [key, years] : skipped)
        out << "  - " << key.first << " " << yearRanges(years) << ": " << key.second << "\n";

    out << "\nSummary: " << plan.added.size() << " added, " << replaced << " replaced, "
        << counted(plan.conflicts.size() - replaced, "conflict", "conflicts") << " kept, "
        << plan.unchanged.size() << " already there, " << plan.skipped.size() << " skipped.\n";
    return out.str();
}

namespace {

// Every imported figure cites --source by its id in the dataset's sources.csv, so the id must be there
// (the panels show its short citation, "Om kartan" its full reference). Empty when it is.
std::string sourceProblem(const ImportRequest& request) {
    const std::string path = (fs::path(request.dataDir) / "sources.csv").string();
    if (!geodata::isValidSourceId(request.sourceId))
        return "--source '" + request.sourceId +
               "' is not a source id (letters, digits, '-', '_' and '.' only)";
    const geodata::SourcesLoadResult sources = geodata::loadSourcesCsv(path);
    if (!sources.fileFound)
        return path + " does not exist; add it with a row for '" + request.sourceId +
               "' (id,short_sv,short_en,reference,url,licence) before importing";
    if (!sources.table.contains(request.sourceId)) {
        std::string known;
        for (const geodata::Source& s : sources.table.all()) known += (known.empty() ? "" : ", ") + s.id;
        std::string problem =
            "no source '" + request.sourceId + "' in " + path +
            "; add a row for it (id,short_sv,short_en,reference,url,licence) before importing";
        if (!known.empty()) problem += " (its ids: " + known + ")";
        for (const geodata::SourceIssue& issue : sources.issues) problem += "\n  " + issue.toString();
        return problem;
    }
    return {};
}

} // namespace

int runPopulationImport(const ImportRequest& request, std::ostream& out, std::ostream& err) {
    if (const std::string problem = sourceProblem(request); !problem.empty()) {
        err << "tidsatlas: " << problem << "\nnothing imported\n";
        return 1;
    }
    const geodata::ImportTable table = geodata::readPopulationTable(request.table);
    if (!table.ok()) {
        err << "tidsatlas: " << request.table << ": " << table.error << "; nothing imported\n";
        return 1;
    }
    geodata::LoadOptions load;
    load.useCache = request.useCache;
    load.cacheDir = request.cacheDir;
    const geodata::LoadResult loaded = geodata::loadDataset(request.dataDir, load);
    if (!loaded) {
        err << "tidsatlas: " << loaded.error->toString() << "; nothing imported\n";
        return 1;
    }
    const geodata::Dataset& dataset = *loaded.dataset;
    std::set<std::string> codes;
    for (const geodata::UnitVersion& u : dataset.units) codes.insert(u.code);

    const std::string target = (fs::path(request.dataDir) / "population.csv").string();
    geodata::PopulationTable existing;
    if (fs::exists(target)) {
        geodata::PopulationLoadResult current = geodata::loadPopulationCsv(target, codes);
        if (!current.ok()) {
            err << "tidsatlas: " << target
                << " has problems; fix them first, so that no conflict goes unseen:\n";
            for (const geodata::PopulationIssue& issue : current.issues)
                err << "  " << issue.toString() << "\n";
            err << "nothing imported\n";
            return 1;
        }
        existing = std::move(current.table);
    }

    geodata::ImportOptions options;
    options.sourceId = request.sourceId;
    options.replace = request.replace;
    options.boundaries = request.boundaries;
    const geodata::ImportPlan plan = geodata::planImport(table, dataset.units, existing, options);
    out << importReport(table, plan, request);
    if (request.dryRun) {
        out << "Dry run: " << target << " is unchanged.\n";
        return 0;
    }
    if (plan.written() == 0) {
        out << "Nothing to write: " << target << " is unchanged.\n";
        return 0;
    }
    // Over a file-size limit (ulimit -f, a quota) the write should fail and be cleaned up, not kill the
    // process half-way and leave the temporary file behind.
    std::signal(SIGXFSZ, SIG_IGN);
    if (const std::string error = geodata::applyImport(target, plan, options); !error.empty()) {
        err << "tidsatlas: " << error << "\n";
        return 1;
    }
    out << "Wrote " << target << " (" << counted(plan.written(), "row", "rows") << " added or changed).\n";
    return 0;
}

} // namespace app
