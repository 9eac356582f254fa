#pragma once
// What the camera frames when it shows "the whole map". The units' bounding box is the wrong answer as
// soon as one unit lies far from the rest: a mistyped coordinate that the load's outlier check lets
// through, or a real remote exclave, stretches the box and the map the audience came for shrinks to a
// dot. The frame is the box of the units that lie together; a unit (or a small group) beyond open space
// wider than all the rest is left out of it and named, and stays on the map for whoever zooms out.
// Contiguous data, however large, loses nothing: its frame is its bounding box.
#include "geodata/geometry.hpp"

#include <vector>

namespace geodata {

struct UnitVersion;

/// How far a unit's own framing reaches from its label point: this many times the side of a square of
/// its area. A compact unit, an archipelago municipality or a long valley reaches a few sides; a polygon
/// with one vertex typed a digit too long reaches hundreds, and is framed by its body, not its spike.
inline constexpr double kFramingReachSides = 10.0;
/// Open space around a left-out group must be wider than this many times the rest's extent (the longer
/// side of their box): a unit closer than that is framed, and the map shrinks at most to about a half.
inline constexpr double kFramingGapExtents = 1.0;
/// At most this share of the units (by code) is ever left out, and at least one may be when there are
/// three or more: a far group holding more than a tenth of the units is part of the map, and framed.
inline constexpr double kFramingLeftOutShare = 0.1;

struct Framing {
    Bounds frame = Bounds::empty(); // what "the whole map" shows; empty when there are no units
    std::vector<int> leftOut;       // ids of the unit versions outside it, ascending
};

/// The frame of `units` by the rule above. Units need their bounds; their label point and area, when set
/// (labelRadius > 0), cap each unit's reach. Linear in the units times the (few) groups left out, plus sorts.
[[nodiscard]] Framing frameUnits(const std::vector<UnitVersion>& units);

} // namespace geodata
