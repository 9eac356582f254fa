#pragma once
// GDAL/OGR stops here: this reader turns one layer into plain features with our polygon type,
// reprojected to a projected CRS and repaired. No OGR type leaves this file pair.
#include "dataset_config.hpp"
#include "geodata/dataset.hpp"

#include <optional>
#include <string>
#include <vector>

namespace geodata {

struct RawFeature {
    long fid = -1;
    std::string code, name, kind;
    int fromYear = 0;
    int toYear = kOpenEndYear;
    std::vector<Polygon> polygons;
};

struct RawLayer {
    std::vector<RawFeature> features;
    std::vector<LoadWarning> warnings;
    std::optional<LoadError> error;
};

enum class FieldPolicy {
    Required, // the unit layer: code, name and years must be there, with the right types
    Optional, // the context layer: use what is there
};

/// Target CRS for the whole dataset, as WKT; empty = keep the source's projected CRS.
/// Decided from the unit layer so that the context layer lands in the same coordinates.
struct ProjectionChoice {
    std::string targetWkt;
};

[[nodiscard]] RawLayer readLayer(const std::string& path, const LayerConfig& config, FieldPolicy policy,
                                 ProjectionChoice& projection);

} // namespace geodata
