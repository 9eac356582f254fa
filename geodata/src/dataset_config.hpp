#pragma once
// Which files and fields a dataset folder uses. Defaults match the bundled data; another
// dataset names its own in an optional dataset.json in its folder.
#include <optional>
#include <string>

namespace geodata {

struct LayerConfig {
    std::string file;  // path relative to the dataset folder
    std::string layer; // layer name inside the file; empty = the first layer
    std::string codeField = "code";
    std::string nameField = "name";
    std::string kindField = "kind"; // empty = the data has no kind
    std::string fromYearField = "from_year";
    std::string toYearField = "to_year";
};

struct DatasetConfig {
    std::string title;
    std::string attribution;
    int firstYear = 0; // the years the app shows; 0 = derive from the data
    int lastYear = 0;
    LayerConfig units;
    std::optional<LayerConfig> context;
};

struct ConfigResult {
    std::optional<DatasetConfig> config;
    std::string errorFile;
    std::string error;
};

/// Reads `folder/dataset.json` when present, else finds the layers by convention:
/// `municipalities.*` (or the only vector file in the folder) and an optional `context.*`.
[[nodiscard]] ConfigResult readDatasetConfig(const std::string& folder);

} // namespace geodata
