#pragma once
// Which unit versions a version came from and went to, derived from area overlap between
// a version and the versions valid in the year before it starts (or after it ends).
#include <vector>

namespace geodata {

struct LineageLink {
    int from = 0;           // UnitVersion id of the earlier version
    int to = 0;             // UnitVersion id of the later version
    int year = 0;           // first year of `to`
    double overlapM2 = 0.0; // shared area
};

class Lineage {
  public:
    std::vector<LineageLink> links;
    [[nodiscard]] std::vector<LineageLink> cameFrom(int versionId) const;
    [[nodiscard]] std::vector<LineageLink> wentTo(int versionId) const;
};

} // namespace geodata
