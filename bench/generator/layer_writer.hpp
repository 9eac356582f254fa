#pragma once
// Writes the versions as one polygon layer in any vector format GDAL can create, with the
// fields tidsatlas reads (code, name, kind, from_year, to_year) and a projected CRS.
#include "history.hpp"
#include "progress.hpp"
#include "version_shapes.hpp"

#include <string>

namespace generator {

inline constexpr int kProjectedEpsg = 3006; // SWEREF99 TM: metres, like the bundled data

struct WrittenLayer {
    std::string file;  // relative to the folder, e.g. "units.shp"
    std::string layer; // layer name inside it
};

/// The file name "units" + the driver's extension; throws if GDAL has no such vector driver
/// or it cannot create files.
[[nodiscard]] std::string unitsFileName(const std::string& format);

/// Writes folder/units.<ext>; throws with GDAL's message on failure.
WrittenLayer writeUnitsLayer(const std::string& folder, const std::string& format,
                             const std::vector<Version>& versions, const VersionShapes& shapes,
                             const Progress& progress);

} // namespace generator
