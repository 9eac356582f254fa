#pragma once
// Border segments joined into lines. A border group holds loose segments (in no particular order, each
// once, whichever way round); drawn as strips they need their neighbours: a line runs on through every
// point where exactly two of the segments meet and ends where one, three or more do. Lines that come
// back to where they started (an island's coast) are closed.
#include "geodata/borders.hpp"

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace render {

/// Calls `line` once per line through the segments `indices` of `segments`: its points in order, and
/// whether it is closed (the last point then joins the first, which is not repeated).
void forEachBorderLine(const std::vector<geodata::Segment>& segments, std::span<const uint32_t> indices,
                       const std::function<void(const std::vector<geodata::Point>&, bool closed)>& line);

} // namespace render
