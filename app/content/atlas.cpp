#include "content/atlas.hpp"

#include <filesystem>

namespace fs = std::filesystem;

namespace app {

AtlasLoad loadAtlas(const std::string& folder) { return loadAtlasWith(folder, geodata::LoadOptions{}); }

AtlasLoad loadAtlasWith(const std::string& folder, const geodata::LoadOptions& options) {
    AtlasLoad result;
    geodata::LoadResult boundaries = geodata::loadDataset(folder, options);
    if (!boundaries) {
        result.error = boundaries.error;
        return result;
    }
    Atlas atlas;
    atlas.dataset = std::move(*boundaries.dataset);
    std::set<std::string> codes;
    for (const geodata::UnitVersion& u : atlas.dataset.units) codes.insert(u.code);

    const fs::path timelinePath = fs::path(folder) / "timeline.json";
    if (fs::exists(timelinePath)) {
        const geodata::TimelineContext context{codes, atlas.dataset.firstYear(), atlas.dataset.lastYear(),
                                               folder};
        geodata::TimelineLoadResult loaded = geodata::loadTimeline(timelinePath.string(), context);
        atlas.timeline = std::move(loaded.timeline);
        for (const geodata::TimelineIssue& issue : loaded.issues) atlas.problems.push_back(issue.toString());
    }
    const fs::path populationPath = fs::path(folder) / "population.csv";
    if (fs::exists(populationPath)) {
        geodata::PopulationLoadResult loaded = geodata::loadPopulationCsv(populationPath.string(), codes);
        atlas.population = std::move(loaded.table);
        for (const geodata::PopulationIssue& issue : loaded.issues)
            atlas.problems.push_back(issue.toString());
    }
    result.atlas = std::move(atlas);
    return result;
}

} // namespace app
