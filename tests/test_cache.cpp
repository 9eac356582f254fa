// The binary cache of processed datasets: read back equal to a fresh load, rebuilt when a source
// file's contents change (even with the same size and time), and never trusted when it is
// truncated, damaged, from another format version, or cannot be written at all.
#include "fixture_writer.hpp"
#include "geodata/dataset.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <string>

namespace fs = std::filesystem;

namespace {

void expectSamePolygons(const std::vector<geodata::Polygon>& a, const std::vector<geodata::Polygon>& b) {
    EXPECT_TRUE(a == b);
}

void expectSameBounds(const geodata::Bounds& a, const geodata::Bounds& b) {
    EXPECT_EQ(a.minX, b.minX);
    EXPECT_EQ(a.minY, b.minY);
    EXPECT_EQ(a.maxX, b.maxX);
    EXPECT_EQ(a.maxY, b.maxY);
}

void expectSameBorders(const geodata::BorderNetwork& a, const geodata::BorderNetwork& b) {
    ASSERT_EQ(a.groups.size(), b.groups.size());
    for (size_t g = 0; g < a.groups.size(); ++g) {
        EXPECT_TRUE(a.groups[g].years == b.groups[g].years) << "group " << g;
        ASSERT_EQ(a.groups[g].segments.size(), b.groups[g].segments.size()) << "group " << g;
        for (size_t s = 0; s < a.groups[g].segments.size(); ++s) {
            EXPECT_EQ(a.groups[g].segments[s].a, b.groups[g].segments[s].a);
            EXPECT_EQ(a.groups[g].segments[s].b, b.groups[g].segments[s].b);
        }
    }
}

void expectSameShapes(const std::vector<geodata::SimplifiedShape>& a,
                      const std::vector<geodata::SimplifiedShape>& b) {
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        expectSamePolygons(a[i].polygons, b[i].polygons);
        EXPECT_TRUE(a[i].triangles == b[i].triangles) << "shape " << i;
    }
}

// Field by field, exactly: the cache stores doubles bit for bit.
void expectSameDataset(const geodata::Dataset& a, const geodata::Dataset& b) {
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.attribution, b.attribution);
    EXPECT_EQ(a.yearRangeSetting(), b.yearRangeSetting());
    EXPECT_EQ(a.firstYear(), b.firstYear());
    EXPECT_EQ(a.lastYear(), b.lastYear());
    ASSERT_EQ(a.units.size(), b.units.size());
    for (size_t i = 0; i < a.units.size(); ++i) {
        const geodata::UnitVersion& u = a.units[i];
        const geodata::UnitVersion& v = b.units[i];
        SCOPED_TRACE("unit " + u.code + " " + std::to_string(u.fromYear));
        EXPECT_EQ(u.id, v.id);
        EXPECT_EQ(u.code, v.code);
        EXPECT_EQ(u.name, v.name);
        EXPECT_EQ(u.kind, v.kind);
        EXPECT_EQ(u.fromYear, v.fromYear);
        EXPECT_EQ(u.toYear, v.toYear);
        expectSamePolygons(u.polygons, v.polygons);
        EXPECT_TRUE(u.triangles == v.triangles);
        EXPECT_EQ(u.labelAnchor, v.labelAnchor);
        EXPECT_EQ(u.labelRadius, v.labelRadius);
        EXPECT_EQ(u.areaM2, v.areaM2);
        expectSameBounds(u.bounds, v.bounds);
    }
    ASSERT_EQ(a.context.size(), b.context.size());
    for (size_t i = 0; i < a.context.size(); ++i) {
        EXPECT_EQ(a.context[i].name, b.context[i].name);
        EXPECT_EQ(a.context[i].fromYear, b.context[i].fromYear);
        EXPECT_EQ(a.context[i].toYear, b.context[i].toYear);
        expectSamePolygons(a.context[i].polygons, b.context[i].polygons);
        EXPECT_TRUE(a.context[i].triangles == b.context[i].triangles);
        expectSameBounds(a.context[i].bounds, b.context[i].bounds);
    }
    ASSERT_EQ(a.lineage.links.size(), b.lineage.links.size());
    for (size_t i = 0; i < a.lineage.links.size(); ++i) {
        EXPECT_EQ(a.lineage.links[i].from, b.lineage.links[i].from);
        EXPECT_EQ(a.lineage.links[i].to, b.lineage.links[i].to);
        EXPECT_EQ(a.lineage.links[i].year, b.lineage.links[i].year);
        EXPECT_EQ(a.lineage.links[i].overlapM2, b.lineage.links[i].overlapM2);
    }
    EXPECT_EQ(a.neighbours, b.neighbours);
    expectSameBorders(a.borders, b.borders);
    expectSameBounds(a.bounds, b.bounds);
    ASSERT_EQ(a.warnings.size(), b.warnings.size());
    for (size_t i = 0; i < a.warnings.size(); ++i) {
        EXPECT_EQ(a.warnings[i].file, b.warnings[i].file);
        EXPECT_EQ(a.warnings[i].featureId, b.warnings[i].featureId);
        EXPECT_EQ(a.warnings[i].message, b.warnings[i].message);
    }
    ASSERT_EQ(a.levels.size(), b.levels.size());
    for (size_t l = 0; l < a.levels.size(); ++l) {
        SCOPED_TRACE("level " + std::to_string(l));
        EXPECT_EQ(a.levels[l].tolerance, b.levels[l].tolerance);
        expectSameShapes(a.levels[l].units, b.levels[l].units);
        expectSameShapes(a.levels[l].context, b.levels[l].context);
        expectSameBorders(a.levels[l].borders, b.levels[l].borders);
    }
}

std::string readAll(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeAll(const fs::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

bool hasWarningWith(const geodata::Dataset& ds, const std::string& text) {
    for (const geodata::LoadWarning& w : ds.warnings)
        if (w.message.find(text) != std::string::npos) return true;
    return false;
}

// A copy of the bundled boundaries (both layers, with every side file) and an empty cache folder.
class DatasetCache : public ::testing::Test {
  protected:
    void SetUp() override {
        m_root = fixtures::freshFolder();
        m_data = m_root / "data";
        fs::create_directories(m_data);
        for (const auto& entry : fs::directory_iterator(TIDSATLAS_DATA_DIR)) {
            const std::string stem = entry.path().stem().string();
            if (stem == "municipalities" || stem == "context" || entry.path().filename() == "dataset.json")
                fs::copy_file(entry.path(), m_data / entry.path().filename());
        }
        m_options.cacheDir = (m_root / "cache").string();
    }
    void TearDown() override { fs::remove_all(m_root); }

    geodata::LoadResult load() const { return geodata::loadDataset(m_data.string(), m_options); }
    geodata::Dataset fresh() const {
        geodata::LoadOptions off;
        off.useCache = false;
        geodata::LoadResult r = geodata::loadDataset(m_data.string(), off);
        EXPECT_TRUE(r) << (r.error ? r.error->toString() : "");
        EXPECT_EQ(r.cache, geodata::CacheOutcome::Off);
        return std::move(*r.dataset);
    }
    // Writes the cache and returns its file.
    fs::path primed() const {
        const geodata::LoadResult first = load();
        EXPECT_EQ(first.cache, geodata::CacheOutcome::Written);
        EXPECT_TRUE(fs::exists(first.cacheFile));
        return first.cacheFile;
    }

    fs::path m_root, m_data;
    geodata::LoadOptions m_options;
};

} // namespace

TEST_F(DatasetCache, SecondLoadReadsTheCacheAndEqualsAFreshLoad) {
    const fs::path file = primed();
    EXPECT_TRUE(fs::path(file).parent_path() == m_root / "cache");
    const geodata::LoadResult second = load();
    ASSERT_TRUE(second);
    EXPECT_EQ(second.cache, geodata::CacheOutcome::Read);
    EXPECT_EQ(second.cacheFile, file.string());
    ASSERT_FALSE(second.dataset->units.empty());
    expectSameDataset(*second.dataset, fresh());
}

TEST_F(DatasetCache, AChangedSourceFileIsNoticedByItsContentsNotItsTime) {
    (void)primed();
    // Change one letter of a name in the attribute table, keeping the file's size and time.
    const fs::path dbf = m_data / "municipalities.dbf";
    const auto time = fs::last_write_time(dbf);
    std::string bytes = readAll(dbf);
    const geodata::Dataset before = fresh();
    const std::string& name = before.units.front().name;
    const size_t at = bytes.find(name);
    ASSERT_NE(at, std::string::npos) << "the first unit's name is stored as is in the .dbf";
    bytes[at] = bytes[at] == 'X' ? 'Y' : 'X';
    writeAll(dbf, bytes);
    fs::last_write_time(dbf, time);

    const geodata::LoadResult after = load();
    ASSERT_TRUE(after);
    EXPECT_EQ(after.cache, geodata::CacheOutcome::Written) << "rebuilt, not read";
    EXPECT_NE(after.dataset->units.front().name, name);
    EXPECT_EQ(load().cache, geodata::CacheOutcome::Read) << "and the rebuilt cache is used next time";
}

TEST_F(DatasetCache, AChangedProjectionFileIsASourceChangeToo) {
    (void)primed();
    std::ofstream(m_data / "municipalities.prj", std::ios::app) << " ";
    EXPECT_EQ(load().cache, geodata::CacheOutcome::Written);
}

TEST_F(DatasetCache, ATruncatedCacheIsRebuiltWithAWarning) {
    const fs::path file = primed();
    const std::string bytes = readAll(file);
    for (size_t keep : {bytes.size() / 2, size_t{10}, size_t{0}}) {
        SCOPED_TRACE("kept " + std::to_string(keep) + " bytes");
        writeAll(file, bytes.substr(0, keep));
        const geodata::LoadResult r = load();
        ASSERT_TRUE(r);
        EXPECT_EQ(r.cache, geodata::CacheOutcome::Written);
        EXPECT_TRUE(hasWarningWith(*r.dataset, "truncated")) << "a warning says why the cache was not used";
        EXPECT_EQ(readAll(file), bytes) << "rebuilt to the same bytes";
    }
}

TEST_F(DatasetCache, GarbageOrADamagedPayloadIsRebuiltWithAWarning) {
    const fs::path file = primed();
    const std::string bytes = readAll(file);

    writeAll(file, std::string(bytes.size(), 'z'));
    geodata::LoadResult r = load();
    ASSERT_TRUE(r);
    EXPECT_EQ(r.cache, geodata::CacheOutcome::Written);
    EXPECT_TRUE(hasWarningWith(*r.dataset, "not a tidsatlas cache"));

    std::string damaged = bytes;
    damaged[damaged.size() / 2] = static_cast<char>(damaged[damaged.size() / 2] ^ 0x40);
    writeAll(file, damaged);
    r = load();
    ASSERT_TRUE(r);
    EXPECT_EQ(r.cache, geodata::CacheOutcome::Written);
    EXPECT_TRUE(hasWarningWith(*r.dataset, "checksum"));
    expectSameDataset(*load().dataset, fresh());
}

TEST_F(DatasetCache, ACacheOfAnotherFormatVersionIsRebuiltWithAWarning) {
    const fs::path file = primed();
    std::string bytes = readAll(file);
    bytes[8] = static_cast<char>(bytes[8] + 1); // the version follows the 8-byte magic
    writeAll(file, bytes);
    const geodata::LoadResult r = load();
    ASSERT_TRUE(r);
    EXPECT_EQ(r.cache, geodata::CacheOutcome::Written);
    EXPECT_TRUE(hasWarningWith(*r.dataset, "format version"));
}

TEST_F(DatasetCache, AnUnusableCacheFolderMeansOneWarningAndNoCache) {
    std::ofstream(m_root / "a-file") << "not a folder";
    m_options.cacheDir = (m_root / "a-file" / "cache").string();
    const geodata::LoadResult r = load();
    ASSERT_TRUE(r) << "loading never depends on the cache";
    EXPECT_EQ(r.cache, geodata::CacheOutcome::Off);
    int cacheWarnings = 0;
    for (const geodata::LoadWarning& w : r.dataset->warnings)
        cacheWarnings += w.message.find("cache folder") != std::string::npos ? 1 : 0;
    EXPECT_EQ(cacheWarnings, 1);
    expectSameDataset(*r.dataset, [&] {
        geodata::Dataset ds = fresh();
        ds.warnings = r.dataset->warnings; // the one extra warning is the only difference
        return ds;
    }());
}

TEST_F(DatasetCache, SwitchedOffItNeitherReadsNorWrites) {
    (void)fresh();
    EXPECT_FALSE(fs::exists(m_root / "cache"));
}

TEST_F(DatasetCache, AnOlderBuildsCacheIsReplacedQuietly) {
    const fs::path file = primed();
    // What an older build left: the same folder's cache under another format version's name.
    std::string name = file.filename().string();
    name = name.substr(0, name.rfind("-v") + 2) + "0.cache";
    const fs::path old = file.parent_path() / name;
    fs::copy_file(file, old);
    fs::remove(file);
    const geodata::LoadResult r = load();
    ASSERT_TRUE(r);
    EXPECT_EQ(r.cache, geodata::CacheOutcome::Written);
    EXPECT_TRUE(r.dataset->warnings.empty()) << "an upgrade is not a problem";
    EXPECT_FALSE(fs::exists(old)) << "the old version's file is removed";
    EXPECT_TRUE(fs::exists(file));
}
