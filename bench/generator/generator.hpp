#pragma once
// The synthetic dataset generator as a library: bench/generate_dataset is its command line,
// tests/test_generator.cpp loads what it writes. A dataset is a folder with the unit layer
// (units.shp, .gpkg, .geojson …), dataset.json and generated.json, the report of what was made.
#include "geodata/dataset.hpp"
#include "history.hpp"
#include "progress.hpp"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace generator {

/// The size of an existing dataset, measured with tidsatlas's own loader.
struct Reference {
    std::string folder;
    std::size_t versions = 0;
    std::size_t vertices = 0; // as stored: each ring's closing point counted, as GDAL/ogrinfo count
};

struct GeneratorOptions {
    std::string folder; // created if missing; earlier units.*, dataset.json and generated.json are replaced
    std::string format = "ESRI Shapefile";
    int units = 3000;               // valid in the first year (the most at once)
    std::int64_t vertices = 600000; // target for all versions together
    std::uint64_t seed = 1;
    int firstYear = 1900;
    int lastYear = 2009; // the years the app shows ("years" in dataset.json)
    /// from_year of the first units: before the years shown, as the bundled data's units from the
    /// 1863 reform, so that the first year shows a map, not every unit "appearing".
    int foundedYear = 1863;
    std::vector<WaveSpec> waves = defaultWaves();
    double cellsPerUnit = 0;            // Voronoi cells per first-year unit; 0 = calibrate to `vertices`
    double unitAreaKm2 = 150;           // mean area of a first-year unit (a rural municipality around 1900)
    std::optional<double> scale;        // for the report: made as `scale` × the reference
    std::optional<Reference> reference; // likewise
};

/// Measures a dataset folder (for `--scale`); throws with the loader's message if it cannot load.
[[nodiscard]] Reference measureReference(const std::string& folder);
/// The same for a dataset already loaded from `folder`.
[[nodiscard]] Reference measureReference(const geodata::Dataset& dataset, const std::string& folder);

/// Options for a dataset `scale` times the reference's size: the number of first-year units
/// whose planned versions come closest to scale × its versions, and scale × its vertices.
[[nodiscard]] GeneratorOptions scaledOptions(const Reference& reference, double scale);

/// Generates and writes the dataset; returns the report also written to generated.json.
/// Throws std::invalid_argument for bad options and std::runtime_error when writing fails.
nlohmann::ordered_json generateDataset(const GeneratorOptions& options, const Progress& progress);

} // namespace generator
