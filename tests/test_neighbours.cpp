// Neighbours (Dataset::neighbours): the loader takes versions that share a vertex as touching and
// measures only the other pairs with GEOS. The result must be what measuring every pair gives:
// code pairs whose versions, valid in a common year, lie within a thousandth of the region's
// larger side. The reference here measures every such pair with OGR (GEOS's distance), on the
// bundled data, on a generated dataset and on borders that do not coincide.
#include "bundled_dataset.hpp"
#include "fixture_writer.hpp"
#include "generator/generator.hpp"
#include "geodata/dataset.hpp"
#include "ogr_shapes.hpp"
#include "small_generated.hpp"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace {

using CodePairs = std::set<std::pair<std::string, std::string>>;

using fixtures::toOgr;

// Every pair of versions of different codes valid in a common year, measured.
CodePairs neighboursByDistance(const geodata::Dataset& d) {
    const double tolerance = std::max(d.bounds.width(), d.bounds.height()) / 1000.0;
    std::vector<std::unique_ptr<OGRMultiPolygon>> shapes;
    for (const geodata::UnitVersion& u : d.units) shapes.push_back(toOgr(u.polygons));
    CodePairs pairs;
    for (size_t i = 0; i < d.units.size(); ++i)
        for (size_t j = i + 1; j < d.units.size(); ++j) {
            const geodata::UnitVersion& a = d.units[i];
            const geodata::UnitVersion& b = d.units[j];
            if (a.code == b.code || std::max(a.fromYear, b.fromYear) > std::min(a.toYear, b.toYear)) continue;
            if (shapes[i]->Distance(shapes[j].get()) <= tolerance) pairs.insert(std::minmax(a.code, b.code));
        }
    return pairs;
}

CodePairs neighboursOf(const geodata::Dataset& d) { return {d.neighbours.begin(), d.neighbours.end()}; }

geodata::Dataset loadCold(const std::filesystem::path& folder) {
    geodata::LoadResult r = geodata::loadDataset(folder.string(), geodata::LoadOptions{false, {}});
    if (!r) throw std::runtime_error(r.error->toString());
    return std::move(*r.dataset);
}

std::string square(double x0, double y0, double x1, double y1) {
    const std::string a = std::to_string(x0), b = std::to_string(y0), c = std::to_string(x1),
                      e = std::to_string(y1);
    return "POLYGON((" + a + " " + b + "," + c + " " + b + "," + c + " " + e + "," + a + " " + e + "," + a +
           " " + b + "))";
}

} // namespace

TEST(Neighbours, BundledDataEqualsMeasuringEveryPair) {
    const geodata::Dataset& d = fixtures::bundledDataset();
    const CodePairs expected = neighboursByDistance(d);
    EXPECT_GT(expected.size(), 20U) << "the bundled municipalities have many neighbours";
    EXPECT_EQ(neighboursOf(d), expected);
}

TEST(Neighbours, GeneratedDatasetEqualsMeasuringEveryPair) {
    const std::filesystem::path folder = fixtures::freshFolder();
    (void)generator::generateDataset(fixtures::smallGenerated(folder.string(), 3),
                                     [](const std::string&, double) {});
    const geodata::Dataset d = loadCold(folder);
    const CodePairs expected = neighboursByDistance(d);
    EXPECT_GT(expected.size(), 30U);
    EXPECT_EQ(neighboursOf(d), expected);
    std::filesystem::remove_all(folder);
}

// Borders digitised separately rarely share their vertices: such units still count as neighbours
// when they come within the tolerance (6 m here, a thousandth of the 6 km extent), and only then.
TEST(Neighbours, BordersThatDoNotCoincideAreMeasured) {
    const std::filesystem::path folder = fixtures::freshFolder();
    fixtures::LayerSpec spec;
    using fixtures::Feature;
    spec.features = {
        Feature{.code = "A", .name = "A", .wkt = square(0, 0, 1000, 1000)},
        Feature{.code = "B", .name = "B", .wkt = square(1001, 0, 2000, 1000)},    // 1 m gap to A
        Feature{.code = "C", .name = "C", .wkt = square(0, 1000, 1000, 2000)},    // shares A's edge
        Feature{.code = "D", .name = "D", .wkt = square(1500, 1500, 2000, 2000)}, // 500 m from B and C
        Feature{.code = "H", .name = "H", .wkt = square(-1000, -1000, 0, 0)},     // A's corner only
        Feature{.code = "F", .name = "F", .toYear = 1920, .wkt = square(3000, 0, 4000, 1000)},
        Feature{.code = "G", .name = "G", .fromYear = 1930, .wkt = square(4000, 0, 5000, 1000)}, // after F
        Feature{.code = "K", .name = "K", .wkt = square(4000, 1010, 5000, 2000)}, // 10 m from G
    };
    fixtures::writeLayer(folder, spec);
    const geodata::Dataset d = loadCold(folder);
    const CodePairs expected{{"A", "B"}, {"A", "C"}, {"B", "C"}, {"A", "H"}};
    EXPECT_EQ(neighboursOf(d), expected);
    EXPECT_EQ(neighboursByDistance(d), expected) << "the reference itself";
}
