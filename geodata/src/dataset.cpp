#include "geodata/dataset.hpp"

#include "dataset_cache.hpp"
#include "dataset_config.hpp"
#include "dataset_source.hpp"
#include "geodata/inside_folder.hpp"
#include "geodata/regular_file.hpp"
#include "source_key.hpp"
#include "vsi_files.hpp"

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

// The layer's file and the files GDAL reads beside it (the same stem: a shapefile's .shx, .dbf, .prj, .cpg)
// must each be inside the dataset folder (no symbolic link out of it) and a regular file (a FIFO would
// block GDAL's open for good) or, for the layer itself, a folder (FileGDB). Checked before the cache is
// consulted, so a cached copy never hides a link that now points out.
std::optional<LoadError> layerFilesProblem(const std::string& folder, const std::string& file) {
    const fs::path named(file);
    const fs::path path = fs::path(folder) / named;
    const std::string prefix = path.stem().string() + ".";
    for (const std::string& name : vsi::entryNames(path.parent_path().string())) {
        if (name != path.filename().string() && !name.starts_with(prefix)) continue;
        const std::string full = (path.parent_path() / name).string();
        if (auto outside = outsideFolderProblem((named.parent_path() / name).string(), folder))
            return LoadError{full, *outside};
        if (name == path.filename().string() && vsi::isFolder(full)) continue;
        if (auto kind = notRegularFile(full)) return LoadError{full, *kind};
    }
    return std::nullopt;
}

// Adds a cache problem to the dataset's warnings: shown like any other, never fatal.
void warnAboutCache(Dataset& dataset, const std::string& file, const std::string& problem) {
    dataset.warnings.push_back({file, -1, problem});
}

LoadResult loadWithCache(const std::string& folder, const DatasetConfig& config, const LoadOptions& options);

} // namespace

LoadResult loadDataset(const std::string& folder) { return loadDataset(folder, LoadOptions{}); }

LoadResult loadDataset(const std::string& folder, const LoadOptions& options) {
    ConfigResult cfg = readDatasetConfig(folder);
    if (!cfg.config) {
        LoadResult result;
        result.error = LoadError{cfg.errorFile, cfg.error};
        return result;
    }
    if (auto problem = layerFilesProblem(folder, cfg.config->units.file)) {
        LoadResult result;
        result.error = std::move(problem);
        return result;
    }
    // The map works without its grey neighbours: a context layer with such a file is skipped, and said.
    std::optional<LoadError> contextProblem;
    if (cfg.config->context) contextProblem = layerFilesProblem(folder, cfg.config->context->file);
    if (contextProblem) cfg.config->context.reset();
    LoadResult result = loadWithCache(folder, *cfg.config, options);
    if (result.dataset && contextProblem)
        result.dataset->warnings.push_back(
            {contextProblem->file, -1, contextProblem->message + " (context layer skipped)"});
    return result;
}

namespace {

LoadResult loadWithCache(const std::string& folder, const DatasetConfig& config, const LoadOptions& options) {
    if (!options.useCache) return loadFromSource(folder, config);

    std::string folderProblem;
    const auto cacheDir = cacheFolder(options, folderProblem);
    const auto key = cacheDir ? sourceKey(folder, config) : std::nullopt;
    if (!key) {
        LoadResult result = loadFromSource(folder, config);
        if (result.dataset && !folderProblem.empty()) warnAboutCache(*result.dataset, "cache", folderProblem);
        return result;
    }
    const fs::path file = cacheFileFor(*cacheDir, folder);
    // A cache entry that is a folder, a FIFO or a device is never opened (a FIFO would block for good)
    // nor written over: it costs a load from the sources and one warning, like a damaged one.
    if (auto kind = notRegularFile(file.string())) {
        LoadResult result = loadFromSource(folder, config);
        if (result.dataset)
            warnAboutCache(*result.dataset, file.string(),
                           "the cache entry " + *kind +
                               "; loading without the cache (remove it to use the "
                               "cache again)");
        return result;
    }
    CacheRead cached;
    try {
        cached = readCache(file, *key);
    } catch (const std::exception& e) { // whatever the file system says, the sources are still there
        cached = CacheRead{std::nullopt,
                           std::string("cannot read the cache file (") + e.what() + "); loading without it"};
    }
    if (cached.dataset) {
        LoadResult result;
        result.dataset = std::move(cached.dataset);
        result.cache = CacheOutcome::Read;
        result.cacheFile = file.string();
        return result;
    }
    LoadResult result = loadFromSource(folder, config);
    if (!result.dataset) return result;
    // The cache holds what the sources give; problems with the cache itself are added after writing.
    std::optional<std::string> writeProblem;
    try {
        writeProblem = writeCache(file, *key, *result.dataset);
    } catch (const std::exception& e) {
        writeProblem = std::string("cannot write the cache file (") + e.what() + ")";
    }
    result.cache = writeProblem ? CacheOutcome::Failed : CacheOutcome::Written;
    if (!writeProblem) removeOtherVersions(file);
    result.cacheFile = file.string();
    if (!cached.problem.empty()) warnAboutCache(*result.dataset, file.string(), cached.problem);
    if (writeProblem) warnAboutCache(*result.dataset, file.string(), *writeProblem);
    return result;
}

} // namespace

} // namespace geodata
