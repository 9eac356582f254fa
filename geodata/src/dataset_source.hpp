#pragma once
// The slow path of loadDataset: read the layers with GDAL and compute everything the model holds
// (triangles, label anchors, lineage, neighbours, shared borders, levels of detail).
#include "dataset_config.hpp"
#include "geodata/dataset.hpp"

#include <string>

namespace geodata {

[[nodiscard]] LoadResult loadFromSource(const std::string& folder, const DatasetConfig& config);

} // namespace geodata
