// Every kind of bad boundary input gets one clear error naming the file and the problem.
#include "fixture_writer.hpp"
#include "geodata/dataset.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

namespace fs = std::filesystem;
using fixtures::Feature;
using fixtures::LayerSpec;

namespace {

geodata::LoadError expectError(const fs::path& folder) {
    geodata::LoadResult r = geodata::loadDataset(folder.string());
    EXPECT_FALSE(r.dataset.has_value());
    if (!r.error) return {};
    return *r.error;
}

LayerSpec oneSquare() {
    LayerSpec spec;
    spec.features = {Feature{}};
    return spec;
}

void copyBundledUnits(const fs::path& to, const std::vector<std::string>& extensions) {
    for (const std::string& ext : extensions)
        fs::copy_file(fs::path(TIDSATLAS_DATA_DIR) / ("municipalities" + ext), to / ("municipalities" + ext));
}

} // namespace

TEST(BadInput, MissingFolderIsNamed) {
    const auto e = expectError("/nonexistent/tidsatlas-data");
    EXPECT_EQ(e.file, "/nonexistent/tidsatlas-data");
    EXPECT_NE(e.message.find("does not exist"), std::string::npos) << e.message;
}

TEST(BadInput, FolderWithoutAnyLayerSaysWhatItLookedFor) {
    const auto e = expectError(fixtures::freshFolder());
    EXPECT_NE(e.message.find("municipalities.shp"), std::string::npos) << e.message;
}

TEST(BadInput, MissingFileNamedInDatasetJson) {
    const fs::path folder = fixtures::freshFolder();
    std::ofstream(folder / "dataset.json") << R"({"units": {"file": "gone.shp"}})";
    const auto e = expectError(folder);
    EXPECT_EQ(fs::path(e.file).filename(), "gone.shp");
    EXPECT_NE(e.message.find("does not exist"), std::string::npos) << e.message;
}

TEST(BadInput, BrokenDatasetJsonNamesTheFile) {
    const fs::path folder = fixtures::freshFolder();
    std::ofstream(folder / "dataset.json") << R"({"units": {"file": 3}})";
    const auto e = expectError(folder);
    EXPECT_EQ(fs::path(e.file).filename(), "dataset.json");
    EXPECT_NE(e.message.find("/units/file"), std::string::npos) << e.message;
}

TEST(BadInput, TruncatedShapefileIsReported) {
    const fs::path folder = fixtures::freshFolder();
    copyBundledUnits(folder, {".shx", ".dbf", ".prj", ".cpg"});
    const fs::path shp = fs::path(TIDSATLAS_DATA_DIR) / "municipalities.shp";
    std::ifstream in(shp, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::ofstream(folder / "municipalities.shp", std::ios::binary)
        .write(bytes.data(), 60); // header cut short
    const auto e = expectError(folder);
    EXPECT_EQ(fs::path(e.file).filename(), "municipalities.shp");
    EXPECT_FALSE(e.message.empty());
}

TEST(BadInput, CorruptShapefileBodyIsReported) {
    const fs::path folder = fixtures::freshFolder();
    copyBundledUnits(folder, {".shx", ".dbf", ".prj", ".cpg"});
    const fs::path shp = fs::path(TIDSATLAS_DATA_DIR) / "municipalities.shp";
    std::ifstream in(shp, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::ofstream(folder / "municipalities.shp", std::ios::binary)
        .write(bytes.data(), static_cast<long>(bytes.size() / 2));
    const auto e = expectError(folder);
    EXPECT_EQ(fs::path(e.file).filename(), "municipalities.shp");
    EXPECT_NE(e.message.find("feature"), std::string::npos) << e.message;
}

TEST(BadInput, CutOffShapefileSaysTheFileEndsEarly) {
    // Before: "feature 27: empty geometry", which sent the curator looking at feature 27 in a GIS.
    const fs::path folder = fixtures::freshFolder();
    copyBundledUnits(folder, {".shp", ".shx", ".dbf", ".prj", ".cpg"});
    const auto half = fs::file_size(folder / "municipalities.shp") / 2;
    fs::resize_file(folder / "municipalities.shp", half);
    const auto e = expectError(folder);
    EXPECT_EQ(fs::path(e.file).filename(), "municipalities.shp");
    EXPECT_NE(e.message.find(": the file ends early: this shape is at bytes "), std::string::npos)
        << e.message;
    EXPECT_NE(e.message.find("but the file has only " + std::to_string(half) + " bytes"), std::string::npos)
        << e.message;
    EXPECT_EQ(e.message.find("empty geometry"), std::string::npos) << e.message;
}

TEST(BadInput, MetresWithALonLatPrjAreNamedInWords) {
    // Before: "cannot reproject: Reprojection failed, err = 4098, …" and PROJ's own lines on stderr.
    const fs::path folder = fixtures::freshFolder();
    copyBundledUnits(folder, {".shp", ".shx", ".dbf", ".cpg"});
    std::ofstream(folder / "municipalities.prj")
        << R"(GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],)"
           R"(PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]])";
    testing::internal::CaptureStderr();
    const auto e = expectError(folder);
    const std::string printed = testing::internal::GetCapturedStderr();
    EXPECT_EQ(fs::path(e.file).filename(), "municipalities.shp");
    EXPECT_NE(e.message.find("the coordinates are not degrees (x from "), std::string::npos) << e.message;
    EXPECT_NE(e.message.find("yet the .prj says longitude/latitude"), std::string::npos) << e.message;
    EXPECT_EQ(e.message.find("err ="), std::string::npos) << e.message;
    EXPECT_EQ(printed, "") << "PROJ's own lines reached stderr";
}

// A polygon copied under another code made "18 kommuner" in 1952 without a word.
TEST(BadInput, TwoUnitsOnTheSameLandInOneYearAreNamed) {
    const fs::path folder = fixtures::freshFolder();
    LayerSpec spec;
    Feature a;
    a.code = "A";
    a.name = "Alpha";
    a.fromYear = 1900;
    a.toYear = 1960;
    Feature b = a; // beside it, sharing a border: fine
    b.code = "B";
    b.name = "Beta";
    b.wkt = "POLYGON((1000 0,2000 0,2000 1000,1000 1000,1000 0))";
    Feature later = a; // on A's land, but only after A ends: fine
    later.code = "C";
    later.name = "Gamma";
    later.fromYear = 1961;
    later.toYear = 9999;
    spec.features = {a, b, later};
    fixtures::writeLayer(folder, spec);
    ASSERT_TRUE(geodata::loadDataset(folder.string()).dataset.has_value()) << "a coverage loads";

    const fs::path copied = fixtures::freshFolder();
    Feature copy = a; // the same square under another code, valid from 1952
    copy.code = "D";
    copy.name = "Delta";
    copy.fromYear = 1952;
    copy.wkt = "POLYGON((10 10,1000 10,1000 1000,10 1000,10 10))";
    spec.features = {a, b, later, copy};
    fixtures::writeLayer(copied, spec);
    const auto e = expectError(copied);
    EXPECT_EQ(fs::path(e.file).filename(), "municipalities.shp");
    EXPECT_NE(e.message.find(
                  "feature 0 (A Alpha kommun, 1900–1960) and feature 3 (D Delta kommun, 1952–1960) cover the "
                  "same land in 1952 (0.98 km² in common, 100 % of the smaller)"),
              std::string::npos)
        << e.message;
}

TEST(BadInput, MissingDbfIsNamed) {
    const fs::path folder = fixtures::freshFolder();
    copyBundledUnits(folder, {".shp", ".shx", ".prj"});
    const auto e = expectError(folder);
    EXPECT_NE(e.message.find("municipalities.dbf"), std::string::npos) << e.message;
}

TEST(BadInput, MissingRequiredFieldIsNamed) {
    const fs::path folder = fixtures::freshFolder();
    LayerSpec spec = oneSquare();
    spec.omitFields = {"to_year"};
    fixtures::writeLayer(folder, spec);
    const auto e = expectError(folder);
    EXPECT_NE(e.message.find("'to_year' is missing"), std::string::npos) << e.message;
}

TEST(BadInput, YearFieldOfWrongTypeIsNamed) {
    const fs::path folder = fixtures::freshFolder();
    LayerSpec spec = oneSquare();
    spec.yearsAsText = true;
    fixtures::writeLayer(folder, spec);
    const auto e = expectError(folder);
    EXPECT_NE(e.message.find("'from_year' has type String"), std::string::npos) << e.message;
}

TEST(BadInput, FromYearAfterToYearNamesTheFeature) {
    const fs::path folder = fixtures::freshFolder();
    LayerSpec spec;
    spec.features = {Feature{}, Feature{.code = "B", .fromYear = 1960, .toYear = 1950}};
    fixtures::writeLayer(folder, spec);
    const auto e = expectError(folder);
    EXPECT_NE(e.message.find("feature 1"), std::string::npos) << e.message;
    EXPECT_NE(e.message.find("from_year 1960 is after to_year 1950"), std::string::npos) << e.message;
}

TEST(BadInput, OverlappingVersionsOfOneCodeAreNamed) {
    const fs::path folder = fixtures::freshFolder();
    LayerSpec spec;
    spec.features = {Feature{.toYear = 1960}, Feature{.fromYear = 1950}};
    fixtures::writeLayer(folder, spec);
    const auto e = expectError(folder);
    EXPECT_NE(e.message.find("two versions of unit A overlap in time"), std::string::npos) << e.message;
}

TEST(BadInput, EmptyGeometryIsNamed) {
    const fs::path folder = fixtures::freshFolder();
    LayerSpec spec;
    spec.features = {Feature{}, Feature{.code = "B", .wkt = ""}};
    fixtures::writeLayer(folder, spec);
    const auto e = expectError(folder);
    EXPECT_NE(e.message.find("feature 1: empty geometry"), std::string::npos) << e.message;
}

TEST(BadInput, NonPolygonGeometryIsNamed) {
    const fs::path folder = fixtures::freshFolder();
    LayerSpec spec;
    spec.driver = "GeoJSON";
    spec.fileName = "municipalities.geojson";
    spec.features = {Feature{.wkt = "LINESTRING(0 0,10 10)"}};
    fixtures::writeLayer(folder, spec);
    const auto e = expectError(folder);
    EXPECT_NE(e.message.find("Line String, expected a polygon"), std::string::npos) << e.message;
}

TEST(BadInput, LayerWithoutCrsLoadsWithAWarning) {
    const fs::path folder = fixtures::freshFolder();
    LayerSpec spec = oneSquare();
    spec.epsg = 0;
    fixtures::writeLayer(folder, spec);
    geodata::LoadResult r = geodata::loadDataset(folder.string());
    ASSERT_TRUE(r.dataset.has_value()) << r.error->toString();
    ASSERT_EQ(r.dataset->warnings.size(), 1U);
    EXPECT_NE(r.dataset->warnings[0].message.find("no CRS"), std::string::npos);
    EXPECT_NEAR(r.dataset->units[0].areaM2, 1e6, 1.0);
}

TEST(GoodInput, UnitLayerAloneIsEnough) {
    const fs::path folder = fixtures::freshFolder();
    copyBundledUnits(folder, {".shp", ".shx", ".dbf", ".prj", ".cpg"});
    geodata::LoadResult r = geodata::loadDataset(folder.string());
    ASSERT_TRUE(r.dataset.has_value()) << r.error->toString();
    EXPECT_EQ(r.dataset->units.size(), 54U);
    EXPECT_TRUE(r.dataset->context.empty());
    EXPECT_TRUE(r.dataset->warnings.empty());
}

TEST(GoodInput, GeographicGeoJsonIsReprojectedToMetres) {
    const fs::path folder = fixtures::freshFolder();
    LayerSpec spec;
    spec.driver = "GeoJSON";
    spec.fileName = "regions.geojson";
    spec.epsg = 4326;
    // A 0.1° × 0.1° cell at 59° N: about 11.1 km × 5.7 km.
    spec.features = {Feature{.wkt = "POLYGON((18 59,18.1 59,18.1 59.1,18 59.1,18 59))"}};
    fixtures::writeLayer(folder, spec);
    geodata::LoadResult r = geodata::loadDataset(folder.string());
    ASSERT_TRUE(r.dataset.has_value()) << r.error->toString();
    EXPECT_NEAR(r.dataset->units[0].areaM2 / 1e6, 63.9, 1.0);
}

TEST(GoodInput, InvalidSelfIntersectingPolygonIsRepaired) {
    const fs::path folder = fixtures::freshFolder();
    LayerSpec spec;
    spec.features = {Feature{.wkt = "POLYGON((0 0,1000 1000,1000 0,0 1000,0 0))"}}; // a bow tie
    fixtures::writeLayer(folder, spec);
    geodata::LoadResult r = geodata::loadDataset(folder.string());
    ASSERT_TRUE(r.dataset.has_value()) << r.error->toString();
    EXPECT_NEAR(r.dataset->units[0].areaM2, 500000.0, 1.0);
    EXPECT_EQ(r.dataset->units[0].polygons.size(), 2U);
    EXPECT_NEAR(geodata::trianglesArea(r.dataset->units[0].triangles), 500000.0, 1.0);
}

TEST(GoodInput, HolesAreKeptOutOfTheMeshAndTheHitTest) {
    const fs::path folder = fixtures::freshFolder();
    LayerSpec spec;
    spec.features = {Feature{
        .wkt = "POLYGON((0 0,1000 0,1000 1000,0 1000,0 0),(400 400,600 400,600 600,400 600,400 400))"}};
    fixtures::writeLayer(folder, spec);
    geodata::LoadResult r = geodata::loadDataset(folder.string());
    ASSERT_TRUE(r.dataset.has_value()) << r.error->toString();
    EXPECT_NEAR(geodata::trianglesArea(r.dataset->units[0].triangles), 960000.0, 1.0);
    EXPECT_EQ(r.dataset->unitAt({500, 500}, 1950), nullptr);
    EXPECT_NE(r.dataset->unitAt({100, 100}, 1950), nullptr);
}
