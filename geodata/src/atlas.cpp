#include "geodata/atlas.hpp"

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

    const fs::path timelinePath = fs::path(folder) / "timeline.json";
    if (fs::exists(timelinePath)) {
        const TimelineContext context{codes, atlas.dataset.firstYear(), atlas.dataset.lastYear(), folder};
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
    }
    const fs::path populationPath = fs::path(folder) / "population.csv";
    if (fs::exists(populationPath)) {
        PopulationLoadResult loaded = loadPopulationCsv(populationPath.string(), codes);
        atlas.population = std::move(loaded.table);
        for (const PopulationIssue& issue : loaded.issues) atlas.problems.push_back(issue.toString());
    }
    result.atlas = std::move(atlas);
    return result;
}

} // namespace geodata
