#pragma once
// Writes small boundary datasets for tests with OGR, so every bad-input case is made on the fly
// from a readable description instead of binary files checked in.
#include <filesystem>
#include <string>
#include <vector>

namespace fixtures {

struct Feature {
    std::string code = "A";
    std::string name = "Alpha";
    std::string kind = "kommun";
    int fromYear = 1900;
    int toYear = 9999;
    std::string wkt = "POLYGON((0 0,1000 0,1000 1000,0 1000,0 0))";
};

struct LayerSpec {
    std::string driver = "ESRI Shapefile"; // or "GeoJSON", "GPKG"
    std::string fileName = "municipalities.shp";
    int epsg = 3006;          // 0 = no CRS
    bool yearsAsText = false; // write from_year/to_year as strings
    std::vector<std::string> omitFields;
    std::vector<Feature> features;
};

/// A fresh empty folder under the system temp dir, named after the running test.
[[nodiscard]] std::filesystem::path freshFolder();

/// Writes the layer into `folder`; throws std::runtime_error if OGR refuses.
void writeLayer(const std::filesystem::path& folder, const LayerSpec& spec);

} // namespace fixtures
