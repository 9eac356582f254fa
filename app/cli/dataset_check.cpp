#include "cli/dataset_check.hpp"

#include "content/atlas.hpp"
#include "content/story.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <set>

namespace app {

namespace fs = std::filesystem;

size_t CheckReport::count(CheckSeverity severity) const {
    return static_cast<size_t>(std::count_if(problems.begin(), problems.end(),
                                             [&](const CheckProblem& p) { return p.severity == severity; }));
}

namespace {

bool has(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

// The loaders word each check in one place (geodata's ContextChecks, population_csv.cpp, story.cpp), so
// their messages name the kind; the JSON gives scripts the kind instead of the wording.
std::string kindOf(const std::string& message, const std::string& pointer) {
    if (has(message, "unknown unit code")) return "unknown-code";
    if (has(message, "unknown source id")) return "unknown-source";
    if (has(message, "a second figure for")) return has(message, "conflicts with") ? "conflict" : "duplicate";
    if (pointer.ends_with("/image")) return "image";
    return "invalid";
}

struct Collector {
    CheckReport& report;

    void add(CheckSeverity severity, std::string kind, std::string file, int line, std::string pointer,
             std::string column, std::string message) {
        report.problems.push_back({severity, std::move(kind), std::move(file), line, std::move(pointer),
                                   std::move(column), std::move(message)});
    }
    void fromLoaders(const geodata::AtlasIssues& issues) {
        for (const auto& i : issues.sources)
            add(CheckSeverity::Error, kindOf(i.message, ""), i.file, i.line, "", i.column, i.message);
        for (const auto& i : issues.timeline)
            add(CheckSeverity::Error, kindOf(i.message, i.jsonPath), i.file, 0, i.jsonPath, "", i.message);
        for (const auto& i : issues.population)
            add(CheckSeverity::Error, kindOf(i.message, ""), i.file, i.line, "", i.column, i.message);
    }
};

std::string yearsText(int from, int to) {
    return std::to_string(from) + "–" + (to == geodata::kOpenEndYear ? std::string() : std::to_string(to));
}

// A figure for a code in a year no version of that code is valid: the map never shows it (it may still
// help interpolation between two years that are valid, which is why it is a warning).
void figuresOutsideTheirYears(const Atlas& atlas, const std::string& populationFile, Collector& out) {
    std::map<std::string, std::vector<const geodata::UnitVersion*>> versions;
    for (const geodata::UnitVersion& u : atlas.dataset.units) versions[u.code].push_back(&u);
    for (const std::string& code : atlas.population.codes()) {
        const auto& own = versions[code];
        for (const geodata::PopulationRecord* r : atlas.population.recordsOf(code)) {
            if (std::any_of(own.begin(), own.end(), [&](const auto* u) { return u->validIn(r->year); }))
                continue;
            std::string spans;
            for (const auto* u : own)
                spans += (spans.empty() ? "" : ", ") + yearsText(u->fromYear, u->toYear);
            out.add(CheckSeverity::Warning, "outside-validity", populationFile, r->line, "", "year",
                    "a figure for " + code + " in " + std::to_string(r->year) +
                        ", when no version of that unit is valid (its versions: " + spans +
                        "); the map never shows it");
        }
    }
}

void sourcesUse(const Atlas& atlas, const std::string& folder, bool sourceProblems, Collector& out) {
    const std::string file = (fs::path(folder) / "sources.csv").string();
    std::error_code ec;
    if (!fs::exists(file, ec)) {
        out.add(CheckSeverity::Warning, "no-sources", file, 0, "", "",
                "the dataset has no sources.csv: the source fields are free text and are not checked "
                "(docs/DATA.md, sources.csv)");
        return;
    }
    std::set<std::string> used;
    auto use = [&](const std::string& field) {
        for (std::string& id : geodata::splitSourceIds(field)) used.insert(std::move(id));
    };
    for (const std::string& code : atlas.population.codes())
        for (const geodata::PopulationRecord* r : atlas.population.recordsOf(code)) use(r->source);
    for (const geodata::Event& e : atlas.timeline.events) use(e.source);
    for (const geodata::JointBody& b : atlas.timeline.bodies) use(b.source);
    for (const geodata::Network& n : atlas.timeline.networks) use(n.source);
    // With entries left out because of errors their sources look unused: say so only for a clean dataset.
    if (sourceProblems) return;
    for (const geodata::Source& s : atlas.sources.all())
        if (!used.contains(s.id))
            out.add(CheckSeverity::Warning, "unused-source", file, s.line, "", "id",
                    "source '" + s.id + "' is not named by any figure, event, body or network");
}

std::vector<int> yearsOfChange(const geodata::Dataset& dataset) {
    std::vector<int> years{dataset.firstYear()};
    for (int y : dataset.changeYears())
        if (y > dataset.firstYear() && y <= dataset.lastYear()) years.push_back(y);
    return years;
}

void populationByYear(const Atlas& atlas, CheckReport& report, const CheckProgress& progress) {
    const std::vector<int> years = yearsOfChange(atlas.dataset);
    for (size_t i = 0; i < years.size(); ++i) {
        if (progress && i % 16 == 0)
            progress("population per year " + std::to_string(i + 1) + "/" + std::to_string(years.size()));
        CheckYear year;
        year.year = years[i];
        for (const geodata::UnitVersion* u : atlas.dataset.unitsValidIn(year.year)) {
            ++year.unitsValid;
            CheckUnit unit{u->code, u->fullName()};
            const auto value = atlas.population.at(u->code, year.year);
            if (!value) {
                year.unknown.push_back(std::move(unit));
                continue;
            }
            unit.population = value->value;
            unit.interpolated = value->interpolated;
            unit.fromYear = value->fromYear;
            unit.toYear = value->toYear;
            (value->interpolated ? year.interpolated : year.exact).push_back(std::move(unit));
        }
        report.years.push_back(std::move(year));
    }
}

// Files in the order a curator reads the report: boundaries, sources, timeline, population, story; within
// a CSV file by line (the loaders' errors and the check's warnings interleave), JSON files as found.
void sortProblems(std::vector<CheckProblem>& problems) {
    auto rank = [](const CheckProblem& p) {
        const std::string name = fs::path(p.file).filename().string();
        if (name == "sources.csv") return 1;
        if (name == "timeline.json") return 2;
        if (name == "population.csv") return 3;
        if (name == "story.json") return 4;
        return p.kind == "boundaries" ? 0 : 5;
    };
    // JSON files' problems all have line 0, so they keep the order they were found in.
    std::stable_sort(problems.begin(), problems.end(), [&](const CheckProblem& a, const CheckProblem& b) {
        if (rank(a) != rank(b)) return rank(a) < rank(b);
        if (a.file != b.file) return a.file < b.file;
        return a.line < b.line;
    });
}

} // namespace

CheckReport checkDataset(const std::string& folder, const geodata::LoadOptions& options,
                         const AppConfig& config, const CheckProgress& progress) {
    const auto start = std::chrono::steady_clock::now();
    CheckReport report;
    report.folder = folder;
    Collector out{report};
    try {
        if (progress) progress("reading the boundaries, sources, timeline and population");
        AtlasLoad load = loadAtlasWith(folder, options);
        if (!load.atlas) {
            out.add(CheckSeverity::Error, "boundaries", load.error->file, 0, "", "", load.error->message);
        } else {
            const Atlas& atlas = *load.atlas;
            report.boundariesLoaded = true;
            report.unitVersions = static_cast<int>(atlas.dataset.units.size());
            report.events = static_cast<int>(atlas.timeline.events.size());
            report.bodies = static_cast<int>(atlas.timeline.bodies.size());
            report.figures = static_cast<int>(atlas.population.size());
            report.sources = static_cast<int>(atlas.sources.size());
            for (const geodata::LoadWarning& w : atlas.dataset.warnings)
                out.add(CheckSeverity::Warning, "boundaries", w.file, 0, "", "",
                        (w.featureId >= 0 ? "feature " + std::to_string(w.featureId) + ": " : "") +
                            w.message);
            out.fromLoaders(load.issues);
            if (progress) progress("reading the story");
            for (const StoryIssue& i : loadFolderStory(config, folder, atlas).issues)
                out.add(CheckSeverity::Error, kindOf(i.message, i.jsonPath), i.file, 0, i.jsonPath, "",
                        i.message);
            figuresOutsideTheirYears(atlas, (fs::path(folder) / "population.csv").string(), out);
            const bool sourceProblems =
                std::any_of(report.problems.begin(), report.problems.end(),
                            [](const CheckProblem& p) { return p.severity == CheckSeverity::Error; });
            sourcesUse(atlas, folder, sourceProblems, out);
            populationByYear(atlas, report, progress);
        }
    } catch (const std::exception& e) {
        out.add(CheckSeverity::Error, "invalid", folder, 0, "", "",
                std::string("internal error: ") + e.what());
    }
    sortProblems(report.problems);
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

} // namespace app
