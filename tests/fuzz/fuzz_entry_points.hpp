#pragma once
// What each fuzz target does with its input, as plain functions: the libFuzzer targets (fuzz_*.cpp) call
// them, and so do the regression tests in the normal build (tests/test_fuzz_regressions.cpp), so a saved
// crash input is replayed through exactly the code the fuzzer ran. Each returns the problems the loader
// reported, one line each, for the tests to check; the fuzzers only care that nothing crashes.
// Input layouts are documented in tests/fuzz/README.md.
#include <string>
#include <string_view>
#include <vector>

namespace fuzz {

/// timeline.json text → geodata::loadTimelineFromText, checked against the bundled dataset's codes and years.
[[nodiscard]] std::vector<std::string> timeline(std::string_view input);
/// story.json text → app::loadStoryFromText, checked against the bundled dataset and timeline.
[[nodiscard]] std::vector<std::string> story(std::string_view input);
/// sv.json, a NUL byte, en.json → app::Strings::loadFromText (without a NUL both catalogues are the input).
[[nodiscard]] std::vector<std::string> i18n(std::string_view input);
/// config.json text → app::loadConfigFromText.
[[nodiscard]] std::vector<std::string> config(std::string_view input);
/// municipalities.geojson in an in-memory folder → geodata::loadDataset: the error, or the warnings.
[[nodiscard]] std::vector<std::string> geojson(std::string_view input);
/// municipalities.shp/.shx/.dbf split from the input (splitShapefile) → geodata::loadDataset.
[[nodiscard]] std::vector<std::string> shapefile(std::string_view input);
/// population.csv text → geodata::loadPopulationCsvFromText, against the bundled dataset's codes.
[[nodiscard]] std::vector<std::string> population(std::string_view input);
/// dataset.json in an in-memory folder beside a one-unit municipalities.geojson and context.geojson (in
/// degrees) → geodata::loadDataset.
[[nodiscard]] std::vector<std::string> dataset(std::string_view input);
/// The cache file's payload (what follows its header and checksum) → geodata::decodeDataset; the cache
/// reader decodes before it judges the checksum, so a damaged file reaches the decoder.
[[nodiscard]] std::vector<std::string> cache(std::string_view input);
/// Any bytes → firstInvalidUtf8, windows1252ToUtf8 (whose output must be UTF-8 and no shorter) and
/// utf16ByteOrderMark; throws std::logic_error when an invariant breaks.
[[nodiscard]] std::vector<std::string> text(std::string_view input);

/// The three files of a shapefile packed into one fuzz input.
struct ShapefileParts {
    std::string shp, shx, dbf;
};

/// Layout: 4-byte little-endian length N, N bytes of .shp, 4-byte length M, M bytes of .shx, the rest is
/// .dbf. A length longer than what is left takes what is left; missing parts are empty files.
[[nodiscard]] ShapefileParts splitShapefile(std::string_view input);
/// The inverse, for making seeds and tests.
[[nodiscard]] std::string joinShapefile(const ShapefileParts& parts);

} // namespace fuzz
