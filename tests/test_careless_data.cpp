// Boundary data as a careless curator leaves it (issue 19, cases 3 and 5): a Latin-1 attribute table
// without a .cpg, and one mistyped vertex far from everything else.
#include "cli/commands.hpp"
#include "fixture_writer.hpp"
#include "geodata/dataset.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string warningsOf(const geodata::Dataset& dataset) {
    std::string all;
    for (const geodata::LoadWarning& w : dataset.warnings)
        all += w.file + " feature " + std::to_string(w.featureId) + ": " + w.message + "\n";
    return all;
}

std::string bytesOf(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

// Case 5: a .dbf written in ISO-8859-1 with neither a .cpg nor a language driver byte loaded without a
// word, the names garbled on screen, and `--list` aborted with status 70 (invalid UTF-8 in JSON).
TEST(CarelessData, ALatin1AttributeTableWithoutCpgIsDecodedWithOneWarning) {
    const fs::path folder = fixtures::freshFolder();
    fixtures::LayerSpec spec;
    spec.features = {fixtures::Feature{"A", "Södertälje", "stad", 1900, 9999,
                                       "POLYGON((0 0,1000 0,1000 1000,0 1000,0 0))"},
                     fixtures::Feature{"B", "Österåker", "landskommun", 1900, 9999,
                                       "POLYGON((1000 0,2000 0,2000 1000,1000 1000,1000 0))"}};
    fixtures::writeLayer(folder, spec); // GDAL writes the .dbf in ISO-8859-1 ("LDID/87") by default
    fs::remove(folder / "municipalities.cpg");
    std::string dbf = bytesOf(folder / "municipalities.dbf");
    ASSERT_GT(dbf.size(), 32U);
    dbf[29] = '\0'; // no language driver: nothing in the file says its encoding any more
    std::ofstream(folder / "municipalities.dbf", std::ios::binary | std::ios::trunc) << dbf;
    ASSERT_TRUE(contains(dbf, "S\xF6"
                              "dert\xE4lje"))
        << "the fixture is not Latin-1";

    const geodata::LoadResult r = geodata::loadDataset(folder.string(), {false, ""});
    ASSERT_TRUE(r) << r.error->toString();
    ASSERT_EQ(r.dataset->units.size(), 2U);
    EXPECT_EQ(r.dataset->units[0].name, "Södertälje");
    EXPECT_EQ(r.dataset->units[1].name, "Österåker");
    EXPECT_EQ(r.dataset->units[1].kind, "landskommun");
    const std::string warnings = warningsOf(*r.dataset);
    int encodingWarnings = 0;
    for (const geodata::LoadWarning& w : r.dataset->warnings) {
        if (!contains(w.message, "not UTF-8")) continue;
        ++encodingWarnings;
        EXPECT_EQ(fs::path(w.file).filename(), "municipalities.dbf") << warnings;
        EXPECT_EQ(w.featureId, 0) << "the first place it was found";
        EXPECT_TRUE(contains(w.message, "field 'name'")) << warnings;
        EXPECT_TRUE(contains(w.message, "read as Windows-1252 (ISO-8859-1)")) << warnings;
        EXPECT_TRUE(contains(w.message, "add municipalities.cpg")) << warnings;
    }
    EXPECT_EQ(encodingWarnings, 1) << "once per file, not per name:\n" << warnings;

    // --list prints the names as UTF-8 and never aborts.
    std::ostringstream listed;
    EXPECT_NO_THROW(app::listUnits(*r.dataset, 1950, listed));
    EXPECT_TRUE(contains(listed.str(), R"("name":"Södertälje")")) << listed.str();
}

TEST(CarelessData, ListingNeverAbortsOnTextThatIsNotUtf8) {
    geodata::Dataset dataset;
    geodata::UnitVersion unit;
    unit.code = "A";
    unit.name = "S\xF6"
                "dert\xE4lje"; // as if it had slipped through
    unit.fromYear = 1900;
    unit.toYear = 9999;
    dataset.units.push_back(unit);
    std::ostringstream listed;
    EXPECT_NO_THROW(app::listUnits(dataset, 1950, listed));
    EXPECT_TRUE(contains(listed.str(), "\"code\":\"A\"")) << listed.str();
}

namespace {

// A square unit of side `size` with its lower left corner at (x, y).
fixtures::Feature square(const std::string& code, double x, double y, double size) {
    char wkt[256];
    std::snprintf(wkt, sizeof wkt, "POLYGON((%.0f %.0f,%.0f %.0f,%.0f %.0f,%.0f %.0f,%.0f %.0f))", x, y,
                  x + size, y, x + size, y + size, x, y + size, x, y);
    return fixtures::Feature{code, "Unit " + code, "kommun", 1900, 9999, wkt};
}

} // namespace

// Case 3: one vertex at x = 9e7 m (a digit too many) loaded silently, the map was fitted to that extent
// and blank in every year, and a running kiosk took it on reload. Now it is an error naming the feature
// and the vertex, at any scale: a few kilometres of parishes, or a country of thousands.
TEST(CarelessData, AVertexFarFromEveryOtherUnitIsAnErrorAtAnyScale) {
    for (const double scale : {1.0, 1000.0}) { // units of 1 km, and of 1000 km
        SCOPED_TRACE("scale " + std::to_string(scale));
        const fs::path folder = fixtures::freshFolder();
        fixtures::LayerSpec spec;
        const double s = 1000 * scale;
        spec.features = {square("A", 0, 0, s), square("B", s, 0, s), square("C", 0, s, s)};
        // D: a square whose upper right corner was typed as 9e7 (beyond every other unit by far).
        char wkt[256];
        std::snprintf(wkt, sizeof wkt, "POLYGON((%.0f %.0f,%.0f %.0f,90000000 %.0f,%.0f %.0f,%.0f %.0f))", s,
                      s, 2 * s, s, 2 * s, s, 2 * s, s, s);
        spec.features.push_back(fixtures::Feature{"D", "Delta", "kommun", 1900, 9999, wkt});
        fixtures::writeLayer(folder, spec);
        const geodata::LoadResult r = geodata::loadDataset(folder.string(), {false, ""});
        ASSERT_FALSE(r.dataset.has_value()) << "loaded with the outlier: bounds " << r.dataset->bounds.maxX;
        EXPECT_EQ(fs::path(r.error->file).filename(), "municipalities.shp") << r.error->toString();
        EXPECT_TRUE(contains(r.error->message,
                             "feature 3 (Delta, code D): polygon 0, ring 0 (the outer one), vertex "))
            << r.error->toString();
        EXPECT_TRUE(contains(r.error->message, "9e+07")) << r.error->toString();
        EXPECT_TRUE(contains(r.error->message, "from every other unit")) << r.error->toString();
    }
}

// What is not an outlier: a far group of several units (islands, an exclave region), and a unit alone a
// little beyond the others, at either scale.
TEST(CarelessData, FarGroupsAndNearbyLoneUnitsAreNoOutliers) {
    for (const double scale : {1.0, 1000.0}) {
        SCOPED_TRACE("scale " + std::to_string(scale));
        const fs::path folder = fixtures::freshFolder();
        fixtures::LayerSpec spec;
        const double s = 1000 * scale;
        spec.features = {square("A", 0, 0, s),           square("B", s, 0, s),
                         square("C", 0, s, s),           square("D", 30 * s, 30 * s, s), // a far group of two
                         square("E", 31 * s, 30 * s, s), square("F", 5 * s, 0, s)}; // a lone unit, 3 s away
        fixtures::writeLayer(folder, spec);
        const geodata::LoadResult r = geodata::loadDataset(folder.string(), {false, ""});
        ASSERT_TRUE(r) << r.error->toString();
        EXPECT_EQ(r.dataset->units.size(), 6U);
    }
}
