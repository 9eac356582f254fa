#include "geodata/dataset.hpp"

#include "dataset_cache.hpp"
#include "dataset_config.hpp"
#include "dataset_source.hpp"
#include "source_key.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace geodata {

std::string UnitVersion::fullName() const { return kind.empty() ? name : name + " " + kind; }

int Dataset::firstYear() const {
    if (m_firstYear != 0) return m_firstYear;
    int first = kOpenEndYear;
    for (const UnitVersion& u : units) first = std::min(first, u.fromYear);
    return first;
}

int Dataset::lastYear() const {
    if (m_lastYear != 0) return m_lastYear;
    const std::vector<int> changes = changeYears();
    return changes.empty() ? firstYear() : std::max(changes.back(), firstYear());
}

void Dataset::setYearRange(int first, int last) {
    m_firstYear = first;
    m_lastYear = last;
}

std::vector<const UnitVersion*> Dataset::unitsValidIn(int year) const {
    std::vector<const UnitVersion*> result;
    for (const UnitVersion& u : units)
        if (u.validIn(year)) result.push_back(&u);
    return result;
}

const UnitVersion* Dataset::unitAt(Point p, int year) const {
    for (const UnitVersion& u : units) {
        if (!u.validIn(year) || !u.bounds.contains(p)) continue;
        for (const Polygon& polygon : u.polygons)
            if (polygonContains(polygon, p)) return &u;
    }
    return nullptr;
}

std::vector<int> Dataset::changeYears() const {
    std::set<int> years;
    int first = kOpenEndYear;
    for (const UnitVersion& u : units) first = std::min(first, u.fromYear);
    for (const UnitVersion& u : units) {
        if (u.fromYear > first) years.insert(u.fromYear);
        if (u.toYear != kOpenEndYear) years.insert(u.toYear + 1);
    }
    return {years.begin(), years.end()};
}

const UnitVersion* Dataset::versionOf(const std::string& code, int year) const {
    for (const UnitVersion& u : units)
        if (u.code == code && u.validIn(year)) return &u;
    return nullptr;
}

namespace {

// Adds a cache problem to the dataset's warnings: shown like any other, never fatal.
void warnAboutCache(Dataset& dataset, const std::string& file, const std::string& problem) {
    dataset.warnings.push_back({file, -1, problem});
}

} // namespace

LoadResult loadDataset(const std::string& folder) { return loadDataset(folder, LoadOptions{}); }

LoadResult loadDataset(const std::string& folder, const LoadOptions& options) {
    ConfigResult cfg = readDatasetConfig(folder);
    if (!cfg.config) {
        LoadResult result;
        result.error = LoadError{cfg.errorFile, cfg.error};
        return result;
    }
    if (!options.useCache) return loadFromSource(folder, *cfg.config);

    std::string folderProblem;
    const auto cacheDir = cacheFolder(options, folderProblem);
    const auto key = cacheDir ? sourceKey(folder, *cfg.config) : std::nullopt;
    if (!key) {
        LoadResult result = loadFromSource(folder, *cfg.config);
        if (result.dataset && !folderProblem.empty()) warnAboutCache(*result.dataset, "cache", folderProblem);
        return result;
    }
    const fs::path file = cacheFileFor(*cacheDir, folder);
    CacheRead cached = readCache(file, *key);
    if (cached.dataset) {
        LoadResult result;
        result.dataset = std::move(cached.dataset);
        result.cache = CacheOutcome::Read;
        result.cacheFile = file.string();
        return result;
    }
    LoadResult result = loadFromSource(folder, *cfg.config);
    if (!result.dataset) return result;
    // The cache holds what the sources give; problems with the cache itself are added after writing.
    const std::optional<std::string> writeProblem = writeCache(file, *key, *result.dataset);
    result.cache = writeProblem ? CacheOutcome::Failed : CacheOutcome::Written;
    if (!writeProblem) removeOtherVersions(file);
    result.cacheFile = file.string();
    if (!cached.problem.empty()) warnAboutCache(*result.dataset, file.string(), cached.problem);
    if (writeProblem) warnAboutCache(*result.dataset, file.string(), *writeProblem);
    return result;
}

} // namespace geodata
