// The synthetic dataset generator (bench/generator): what it writes loads in tidsatlas, agrees with
// its own report (generated.json) and the same seed always writes the same bytes.
#include "bundled_dataset.hpp"
#include "generator/generator.hpp"
#include "geodata/dataset.hpp"
#include "small_generated.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <map>
#include <string>
#include <unistd.h>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
#include <ogrsf_frmts.h>
#pragma GCC diagnostic pop

namespace fs = std::filesystem;

namespace {

// A folder of its own under the test temp dir, removed when the test ends.
class TempFolder {
  public:
    explicit TempFolder(const std::string& name)
        : m_path(fs::path(testing::TempDir()) / ("tidsatlas-gen-" + std::to_string(getpid()) + "-" + name)) {
        fs::remove_all(m_path);
    }
    ~TempFolder() { fs::remove_all(m_path); }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    [[nodiscard]] std::string str() const { return m_path.string(); }
    [[nodiscard]] const fs::path& path() const { return m_path; }

  private:
    fs::path m_path;
};

using fixtures::smallGenerated;

void quiet(const std::string&, double) {}

// Counts the coordinates GDAL reads from the layer, independently of tidsatlas's loader.
std::size_t ogrVertexCount(const std::string& path) {
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds) return 0;
    std::size_t n = 0;
    auto add = [&n](const OGRPolygon& polygon) {
        for (const OGRLinearRing* ring : polygon) n += static_cast<std::size_t>(ring->getNumPoints());
    };
    for (auto& feature : *ds->GetLayer(0)) {
        const OGRGeometry* g = feature->GetGeometryRef();
        if (g && wkbFlatten(g->getGeometryType()) == wkbPolygon) add(*g->toPolygon());
        if (g && wkbFlatten(g->getGeometryType()) == wkbMultiPolygon)
            for (const OGRPolygon* polygon : *g->toMultiPolygon()) add(*polygon);
    }
    return n;
}

std::map<std::string, std::string> filesIn(const fs::path& folder) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::directory_iterator(folder)) {
        std::ifstream in(entry.path(), std::ios::binary);
        files[entry.path().filename().string()] = {std::istreambuf_iterator<char>(in), {}};
    }
    return files;
}

} // namespace

TEST(Generator, DatasetLoadsAndAgreesWithItsReport) {
    const TempFolder folder("report");
    const nlohmann::ordered_json report = generator::generateDataset(smallGenerated(folder.str(), 7), quiet);
    ASSERT_TRUE(fs::exists(folder.path() / "units.shp"));
    ASSERT_TRUE(fs::exists(folder.path() / "units.prj")) << "the shapefile needs its projected CRS";

    const geodata::LoadResult loaded = geodata::loadDataset(folder.str());
    ASSERT_TRUE(loaded) << loaded.error->toString();
    const geodata::Dataset& d = *loaded.dataset;
    for (const geodata::LoadWarning& w : d.warnings) ADD_FAILURE() << "load warning: " << w.message;

    EXPECT_EQ(d.units.size(), report["versions"].get<std::size_t>());
    EXPECT_EQ(d.firstYear(), 1900);
    EXPECT_EQ(d.lastYear(), 2009);
    ASSERT_EQ(report["units_per_year"].size(), 110U);
    for (const auto& [year, count] : report["units_per_year"].items())
        EXPECT_EQ(d.unitsValidIn(std::stoi(year)).size(), count.get<std::size_t>()) << "year " << year;
    EXPECT_EQ(report["units_per_year"]["1900"].get<int>(), 30);

    // Each wave happened as reported: counts fall at the mergers and rise at the split.
    std::vector<int> waveYears;
    for (const auto& wave : report["waves"]) {
        const int year = wave["year"].get<int>();
        waveYears.push_back(year);
        EXPECT_EQ(d.unitsValidIn(year - 1).size(), wave["units_before"].get<std::size_t>()) << year;
        EXPECT_EQ(d.unitsValidIn(year).size(), wave["units_after"].get<std::size_t>()) << year;
        EXPECT_EQ(wave["done"], wave["planned"]) << year;
    }
    EXPECT_EQ(d.changeYears(), waveYears);
    EXPECT_LT(d.unitsValidIn(1970).size(), d.unitsValidIn(1950).size());
    EXPECT_LT(d.unitsValidIn(1950).size(), d.unitsValidIn(1900).size());
    EXPECT_GT(d.unitsValidIn(1990).size(), d.unitsValidIn(1989).size());

    // The loader derives lineage from shared area: one link per unit merged or half split.
    EXPECT_EQ(d.lineage.links.size(), report["lineage_links"].get<std::size_t>());

    // The geometry arrives as written: the vertex count matches what GDAL reads from the file
    // (the loader drops each ring's closing point), and no ring was repaired.
    std::size_t vertices = 0;
    for (const geodata::UnitVersion& u : d.units)
        for (const geodata::Polygon& p : u.polygons) {
            vertices += p.outer.size() + 1;
            for (const geodata::Ring& hole : p.holes) vertices += hole.size() + 1;
        }
    EXPECT_EQ(vertices, report["vertices"].get<std::size_t>());
    EXPECT_EQ(ogrVertexCount((folder.path() / "units.shp").string()), report["vertices"].get<std::size_t>());
    EXPECT_NEAR(report["vertices"].get<double>(), 6000.0, 6000.0 * 0.25) << "calibrated to the target";

    // Borders are shared exactly: the loader's border network, which merges only identical
    // segments, finds as many as the generator counted distinct, far fewer than all ring segments.
    EXPECT_EQ(d.borders.segmentCount(), report["distinct_segments"].get<std::size_t>());
    EXPECT_LT(d.borders.segmentCount(), vertices / 2);
}

TEST(Generator, SameSeedWritesIdenticalFilesAndAnotherSeedDoesNot) {
    const TempFolder first("seed-a"), second("seed-b"), other("seed-c");
    (void)generator::generateDataset(smallGenerated(first.str(), 11), quiet);
    (void)generator::generateDataset(smallGenerated(second.str(), 11), quiet);
    (void)generator::generateDataset(smallGenerated(other.str(), 12), quiet);
    const auto a = filesIn(first.path());
    const auto b = filesIn(second.path());
    ASSERT_EQ(a.size(), b.size());
    for (const auto& [name, bytes] : a) {
        ASSERT_TRUE(b.count(name)) << name;
        EXPECT_TRUE(bytes == b.at(name)) << name << " differs between two runs with seed 11";
    }
    EXPECT_FALSE(a.at("units.shp") == filesIn(other.path()).at("units.shp"))
        << "seed 12 wrote the same shapes";
}

TEST(Generator, WritesOtherGdalFormats) {
    for (const auto& [format, file] :
         {std::pair{"GPKG", "units.gpkg"}, std::pair{"GeoJSON", "units.geojson"}}) {
        const TempFolder folder(file);
        generator::GeneratorOptions o = smallGenerated(folder.str(), 5);
        o.format = format;
        o.units = 12;
        o.vertices = 2000;
        const nlohmann::ordered_json report = generator::generateDataset(o, quiet);
        EXPECT_EQ(report["file"].get<std::string>(), file);
        const geodata::LoadResult loaded = geodata::loadDataset(folder.str());
        ASSERT_TRUE(loaded) << format << ": " << loaded.error->toString();
        EXPECT_EQ(loaded.dataset->units.size(), report["versions"].get<std::size_t>()) << format;
        EXPECT_TRUE(loaded.dataset->warnings.empty()) << format;
    }
}

TEST(Generator, RefusesAnUnknownFormatBeforeWriting) {
    const TempFolder folder("bad-format");
    generator::GeneratorOptions o = smallGenerated(folder.str(), 1);
    o.format = "No Such Format";
    try {
        (void)generator::generateDataset(o, quiet);
        ADD_FAILURE() << "no error for an unknown format";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("No Such Format"), std::string::npos) << e.what();
    }
    EXPECT_FALSE(fs::exists(folder.path())) << "nothing written for a bad format";
}

TEST(Generator, ScaleOneMatchesTheReferenceSize) {
    const generator::Reference bundled =
        generator::measureReference(fixtures::bundledDataset(), TIDSATLAS_DATA_DIR);
    EXPECT_EQ(bundled.versions, fixtures::bundledDataset().units.size());
    EXPECT_EQ(bundled.vertices, ogrVertexCount(std::string(TIDSATLAS_DATA_DIR) + "/municipalities.shp"));
    for (double scale : {1.0, 10.0}) {
        const generator::GeneratorOptions o = generator::scaledOptions(bundled, scale);
        const double wanted = scale * static_cast<double>(bundled.versions);
        EXPECT_NEAR(generator::plannedVersions(o.units, o.waves), wanted, 2.0) << "scale " << scale;
        EXPECT_EQ(o.vertices, std::llround(scale * static_cast<double>(bundled.vertices)));
    }
}
