// Every input a fuzz target crashed or hung on (tests/fuzz/regressions/<target>/) replayed through the same
// entry point in the normal build, with what the loader must say about it now. Also checks the entry points
// themselves: the seeds of each corpus load as they should, and the shapefile input layout round-trips.
#include "dataset_codec.hpp"
#include "fixture_writer.hpp"
#include "fuzz_entry_points.hpp"
#include "geodata/dataset.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace fs = std::filesystem;

namespace {

const fs::path kFuzzDir = TIDSATLAS_FUZZ_DIR;

std::string bytesOf(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::string joined(const std::vector<std::string>& lines) {
    std::string s;
    for (const std::string& line : lines) s += line + "\n";
    return s;
}

bool anyContains(const std::vector<std::string>& lines, const std::string& part) {
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& line) { return line.find(part) != std::string::npos; });
}

using EntryPoint = std::vector<std::string> (*)(std::string_view);

const std::vector<std::pair<std::string, EntryPoint>>& entryPoints() {
    static const std::vector<std::pair<std::string, EntryPoint>> list = {
        {"timeline", fuzz::timeline}, {"story", fuzz::story},     {"i18n", fuzz::i18n},
        {"config", fuzz::config},     {"geojson", fuzz::geojson}, {"shapefile", fuzz::shapefile}};
    return list;
}

} // namespace

// Found by fuzz_shapefile: one vertex at y = 1.87e242 made GEOS 3.11's maximum inscribed circle (the label
// anchor) loop for ever, so a kiosk would hang at start on a damaged file. Now it is refused at once.
TEST(FuzzRegressions, ShapefileVertexFarOutsideAnyMapIsRefusedNotAHang) {
    const auto start = std::chrono::steady_clock::now();
    const std::vector<std::string> problems =
        fuzz::shapefile(bytesOf(kFuzzDir / "regressions/shapefile/huge_y_coordinate_hangs_label_anchor.bin"));
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_EQ(problems.size(), 1U) << joined(problems);
    EXPECT_TRUE(
        anyContains(problems, "municipalities.shp: feature 2: polygon 0, ring 0 (the outer one), vertex"))
        << problems[0];
    EXPECT_TRUE(anyContains(problems, "1.87084e+242)")) << problems[0];
    EXPECT_TRUE(anyContains(problems, "not on any map")) << problems[0];
    EXPECT_LT(seconds, 10.0); // it never finished before the fix
}

TEST(FuzzRegressions, ContextFeatureFarOutsideAnyMapIsSkippedWithAWarning) {
    // The same damage in the optional grey context layer costs only that feature, not the map.
    const fs::path folder = fixtures::freshFolder();
    const auto write = [&](const std::string& stem, const fuzz::ShapefileParts& parts) {
        std::ofstream(folder / (stem + ".shp"), std::ios::binary) << parts.shp;
        std::ofstream(folder / (stem + ".shx"), std::ios::binary) << parts.shx;
        std::ofstream(folder / (stem + ".dbf"), std::ios::binary) << parts.dbf;
    };
    write("municipalities", fuzz::splitShapefile(bytesOf(kFuzzDir / "corpus/shapefile/bundled_three.bin")));
    write("context", fuzz::splitShapefile(bytesOf(
                         kFuzzDir / "regressions/shapefile/huge_y_coordinate_hangs_label_anchor.bin")));
    const geodata::LoadResult result = geodata::loadDataset(folder.string());
    ASSERT_TRUE(result.dataset) << result.error->toString();
    EXPECT_EQ(result.dataset->context.size(), 2U);
    const auto& warnings = result.dataset->warnings;
    EXPECT_TRUE(std::any_of(warnings.begin(), warnings.end(), [](const geodata::LoadWarning& w) {
        return w.featureId == 2 && w.message.find("not on any map") != std::string::npos &&
               w.message.find("feature skipped") != std::string::npos;
    }));
}

// Found by fuzz_shapefile in CI: one y coordinate was NaN. An envelope passes over NaN, so the check above
// let it through; NaN equals nothing, not even itself, so the levels of detail could not find that vertex's
// segment again in their shared-border index, and std::unordered_map::at threw out of the loader (the app
// would have ended; a reload would have been refused with an internal error). Every vertex is checked now.
TEST(FuzzRegressions, ShapefileVertexThatIsNotANumberIsRefusedWithItsPlace) {
    const std::vector<std::string> problems =
        fuzz::shapefile(bytesOf(kFuzzDir / "regressions/shapefile/nan_y_coordinate_loses_shared_border.bin"));
    ASSERT_EQ(problems.size(), 1U) << joined(problems);
    EXPECT_TRUE(anyContains(
        problems, "feature 1: polygon 3, ring 0 (the outer one), vertex 14 is (670828, NaN), not on any map"))
        << problems[0];
}

// Found by fuzz_config and fuzz_i18n in a 60 s run: a number too large for a double ("2888…e88888888")
// makes nlohmann::json throw out_of_range (406), not parse_error, and only parse_error was caught, so the
// exception ended the program. Now it is a parse error with the number's place, like any other.
TEST(FuzzRegressions, NumberBeyondADoubleIsAParseErrorWithItsPlace) {
    const std::vector<std::string> config =
        fuzz::config(bytesOf(kFuzzDir / "regressions/config/number_beyond_double_escapes_parse.json"));
    ASSERT_EQ(config.size(), 1U) << joined(config);
    EXPECT_TRUE(anyContains(config, "config.json: invalid JSON at line 1, column 3 (byte 2): number overflow "
                                    "parsing '2888888888888888e88888888'"))
        << config[0];

    const std::vector<std::string> i18n =
        fuzz::i18n(bytesOf(kFuzzDir / "regressions/i18n/number_beyond_double_escapes_parse.json"));
    EXPECT_TRUE(anyContains(i18n, "sv.json: invalid JSON at line 1, column 1 (byte 0): number overflow"))
        << joined(i18n);

    // The place is found for a number further in, on a later line, too.
    const std::vector<std::string> later = fuzz::config("{\n  \"idleSeconds\": 1e999\n}");
    EXPECT_TRUE(
        anyContains(later, "invalid JSON at line 2, column 18 (byte 19): number overflow parsing '1e999'"))
        << joined(later);
}

// Found while checking what fuzz_geojson covers, and confirmed with its UBSan build: "from_year": 1e300 is
// read as a Real field, and casting it to int was undefined behaviour ("1e+300 is outside the range of
// representable values of type 'int'"). Now a year beyond ±9999 is a clear error.
TEST(FuzzRegressions, GeoJsonYearBeyondAnyCalendarIsAnErrorNotUndefinedBehaviour) {
    const std::vector<std::string> problems =
        fuzz::geojson(bytesOf(kFuzzDir / "regressions/geojson/from_year_1e300_overflows_int.geojson"));
    ASSERT_EQ(problems.size(), 1U) << joined(problems);
    EXPECT_TRUE(anyContains(problems, "feature 0: year fields must hold whole years from -9999 to 9999"))
        << problems[0];
}

// A story whose "centre" is an array nested 100 000 deep overflowed the stack (AddressSanitizer:
// stack-overflow in nlohmann's serializer) when the error message dumped the value. Found by hand while
// checking which values the loaders dump (libFuzzer's inputs stay far shorter) and confirmed with the
// fuzz_story build. Every loader's parse now refuses nesting beyond 100 levels and says where. The saved
// input is 1000 deep; the depth that crashed is built here.
TEST(FuzzRegressions, DeeplyNestedJsonIsRefusedWithItsPlace) {
    const std::string saved = bytesOf(kFuzzDir / "regressions/story/centre_nested_deep_overflows_stack.json");
    const std::vector<std::string> problems = fuzz::story(saved);
    ASSERT_EQ(problems.size(), 1U) << joined(problems);
    EXPECT_TRUE(anyContains(problems,
                            "story.json: invalid JSON at line 1, column 170 (byte 169): nested more "
                            "than 100 levels deep"))
        << problems[0];

    const size_t depth = 100000;
    const std::string deep = R"({"scenes":[{"id":"a","from":1950,"centre":)" + std::string(depth, '[') +
                             std::string(depth, ']') + "}]}";
    for (const auto& [name, entry] : entryPoints()) {
        if (name == "shapefile" || name == "geojson") continue; // read by GDAL, not by our JSON parse
        SCOPED_TRACE(name);
        EXPECT_TRUE(anyContains(entry(deep), "nested more than 100 levels deep"));
    }
}

TEST(FuzzRegressions, EveryRegressionInputReplaysWithoutCrashing) {
    size_t replayed = 0;
    for (const auto& [name, entry] : entryPoints()) {
        const fs::path folder = kFuzzDir / "regressions" / name;
        if (!fs::is_directory(folder)) continue;
        for (const auto& file : fs::directory_iterator(folder)) {
            SCOPED_TRACE(file.path().string());
            (void)entry(bytesOf(file.path()));
            ++replayed;
        }
    }
    EXPECT_GE(replayed, 1U);
}

// The seeds are real files: each must reach its loader and load (the sound ones without problems), or the
// fuzzer would spend its time on inputs that stop at the first byte.
TEST(FuzzEntryPoints, SoundSeedsLoadWithoutProblems) {
    EXPECT_EQ(joined(fuzz::timeline(bytesOf(kFuzzDir / "corpus/timeline/bundled_first_events.json"))), "");
    EXPECT_EQ(joined(fuzz::story(bytesOf(kFuzzDir / "corpus/story/bundled_story.json"))), "");
    EXPECT_EQ(joined(fuzz::i18n(bytesOf(kFuzzDir / "corpus/i18n/bundled.bin"))), "");
    EXPECT_EQ(joined(fuzz::config(bytesOf(kFuzzDir / "corpus/config/valid.json"))), "");
    EXPECT_EQ(joined(fuzz::geojson(bytesOf(kFuzzDir / "corpus/geojson/bundled_sweref99.geojson"))), "");
    // Only .shp/.shx/.dbf are in the input, so there is no .prj: the one warning says so.
    const auto shapefile = fuzz::shapefile(bytesOf(kFuzzDir / "corpus/shapefile/bundled_three.bin"));
    ASSERT_EQ(shapefile.size(), 1U) << joined(shapefile);
    EXPECT_TRUE(anyContains(shapefile, "layer has no CRS")) << shapefile[0];
}

TEST(FuzzEntryPoints, BrokenSeedsReportTheirProblem) {
    EXPECT_TRUE(anyContains(fuzz::config(bytesOf(kFuzzDir / "corpus/config/bad_json.json")),
                            "config.json: invalid JSON at line"));
    EXPECT_TRUE(anyContains(fuzz::geojson(bytesOf(kFuzzDir / "corpus/geojson/years_reversed.geojson")),
                            "from_year 1900 is after to_year 1800"));
    // A GeoJSON in lon/lat goes through the reprojection to metres.
    EXPECT_EQ(joined(fuzz::geojson(bytesOf(kFuzzDir / "corpus/geojson/bundled_lonlat.geojson"))), "");
}

// The four readers added in part 13 (population.csv, dataset.json, the cache's decoder, text decoding).
TEST(FuzzEntryPoints, TheNewTargetsSeedsReachTheirReaders) {
    EXPECT_EQ(joined(fuzz::population(bytesOf(kFuzzDir / "corpus/population/bundled_population.csv"))), "");
    EXPECT_TRUE(anyContains(
        fuzz::population(bytesOf(kFuzzDir / "corpus/population/population_excel_windows1252.csv")),
        "read as Windows-1252"));
    EXPECT_EQ(joined(fuzz::dataset(bytesOf(kFuzzDir / "corpus/dataset/full.json"))), "");
    EXPECT_EQ(joined(fuzz::dataset(bytesOf(kFuzzDir / "corpus/dataset/units_only.json"))), "");
    EXPECT_TRUE(
        anyContains(fuzz::dataset(bytesOf(kFuzzDir / "corpus/dataset/wrong_types.json")), "appears twice"));
    // The cache seed is the encoding of the dataset fuzz::dataset loads from full.json: it decodes whole,
    // and cut short it is a format error, never a crash.
    const std::string encoded = bytesOf(kFuzzDir / "corpus/cache/one_unit_dataset.bin");
    EXPECT_EQ(joined(fuzz::cache(encoded)), "decoded 1 unit versions\n");
    EXPECT_TRUE(anyContains(fuzz::cache(encoded.substr(0, encoded.size() / 2)),
                            "end")); // "… beyond the end", "… ends early"
    EXPECT_EQ(joined(fuzz::text(bytesOf(kFuzzDir / "corpus/text/utf8_swedish.txt"))), "");
    EXPECT_EQ(joined(fuzz::text(bytesOf(kFuzzDir / "corpus/text/invalid_sequences.bin"))),
              "not UTF-8 at byte 1\n");
    EXPECT_TRUE(
        anyContains(fuzz::text(bytesOf(kFuzzDir / "corpus/text/utf16le_bom.txt")), "UTF-16 little-endian"));
}

TEST(FuzzEntryPoints, ShapefileLayoutRoundTrips) {
    const fuzz::ShapefileParts parts{"shp bytes", std::string("shx\0bytes", 9), "dbf"};
    const std::string packed = fuzz::joinShapefile(parts);
    EXPECT_EQ(packed.size(), 4 + 9 + 4 + 9 + 3);
    const fuzz::ShapefileParts back = fuzz::splitShapefile(packed);
    EXPECT_EQ(back.shp, parts.shp);
    EXPECT_EQ(back.shx, parts.shx);
    EXPECT_EQ(back.dbf, parts.dbf);
    // A length longer than the input takes what is left; a cut-off length leaves the rest empty.
    const fuzz::ShapefileParts cut = fuzz::splitShapefile(std::string("\xff\x00\x00\x00"
                                                                      "abc",
                                                                      7));
    EXPECT_EQ(cut.shp, "abc");
    EXPECT_EQ(cut.shx, "");
    EXPECT_EQ(cut.dbf, "");
}
