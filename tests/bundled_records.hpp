#pragma once
// The codes and years of the bundled boundary layer, read straight from its dBASE file, so tests of
// the timeline and population files can check them against the boundaries without GDAL or the
// boundary loader (which other tests cover).
#include <string>
#include <vector>

namespace fixtures {

/// One record of the bundled boundary layer: enough to check codes and change years.
struct UnitRecord {
    std::string code;
    int fromYear = 0;
    int toYear = 0;
};

/// Every record of data/…/municipalities.dbf (dBASE III: fixed-width ASCII records), in file order.
[[nodiscard]] std::vector<UnitRecord> readUnitRecords();

} // namespace fixtures
