#pragma once
// Borders stored once: every boundary segment shared by neighbouring versions appears a single
// time, with the years in which some unit has it on its boundary. Segments with the same years
// are grouped, so a renderer fades a whole group in or out when playback crosses a change.
#include "geodata/geometry.hpp"

#include <cstddef>
#include <vector>

namespace geodata {

struct YearSpan {
    int from = 0;
    int to = 0;
    friend auto operator<=>(const YearSpan&, const YearSpan&) = default;
};

struct Segment {
    Point a, b;
};

struct BorderGroup {
    std::vector<YearSpan> years; // sorted, disjoint, not touching
    std::vector<Segment> segments;
    [[nodiscard]] bool existsIn(int year) const;
};

struct BorderNetwork {
    std::vector<BorderGroup> groups;
    [[nodiscard]] std::size_t segmentCount() const;
};

} // namespace geodata
