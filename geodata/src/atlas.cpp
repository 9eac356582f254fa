#include "geodata/atlas.hpp"

#include "geodata/inside_folder.hpp"

#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace geodata {

AtlasLoad loadAtlas(const std::string& folder) { return loadAtlasWith(folder, LoadOptions{}); }

AtlasLoad loadAtlasWith(const std::string& folder, const LoadOptions& options) {
    AtlasLoad result;
    LoadResult boundaries = loadDataset(folder, options);
    if (!boundaries) {
        result.error = boundaries.error;
        return result;
    }
    Atlas atlas;
    atlas.dataset = std::move(*boundaries.dataset);
    std::set<std::string> codes;
    for (const UnitVersion& u : atlas.dataset.units) codes.insert(u.code);

    // Sources first: the timeline and the population name them.
    SourcesLoadResult sources = loadSourcesCsv((fs::path(folder) / "sources.csv").string());
    for (const SourceIssue& issue : sources.issues) atlas.problems.push_back(issue.toString());
    result.issues.sources = sources.issues;

    // The story files, like the layers, must be the folder's own: a link out of it is not followed.
    const auto outside = [&](const char* name) {
        const std::optional<std::string> problem = outsideFolderProblem(name, folder);
        if (problem) atlas.problems.push_back((fs::path(folder) / name).string() + ": " + *problem);
        return problem.has_value();
    };
    const fs::path timelinePath = fs::path(folder) / "timeline.json";
    if (fs::exists(timelinePath) && !outside("timeline.json")) {
        const TimelineContext context{codes, atlas.dataset.firstYear(), atlas.dataset.lastYear(), folder,
                                      &sources};
        TimelineLoadResult loaded = loadTimeline(timelinePath.string(), context);
        atlas.timeline = std::move(loaded.timeline);
        // A timeline with thousands of broken entries is listed in part, as population.csv's rows are.
        constexpr size_t kListed = 50;
        for (size_t i = 0; i < loaded.issues.size() && i < kListed; ++i)
            atlas.problems.push_back(loaded.issues[i].toString());
        if (loaded.issues.size() > kListed)
            atlas.problems.push_back(timelinePath.string() + ": and " +
                                     std::to_string(loaded.issues.size() - kListed) +
                                     " more problems, not listed one by one");
        result.issues.timeline = std::move(loaded.issues);
    }
    const fs::path populationPath = fs::path(folder) / "population.csv";
    if (fs::exists(populationPath) && !outside("population.csv")) {
        PopulationLoadResult loaded = loadPopulationCsv(populationPath.string(), codes, &sources);
        atlas.population = std::move(loaded.table);
        for (const PopulationIssue& issue : loaded.issues) atlas.problems.push_back(issue.toString());
        result.issues.population = std::move(loaded.issues);
    }
    atlas.sources = std::move(sources.table);
    result.atlas = std::move(atlas);
    return result;
}

} // namespace geodata
