#pragma once
// A moment between two maps: playback crossing a change year. Plain data, so the playback that makes it
// (geodata/playback.hpp) and the renderer that draws it need nothing from each other.

namespace geodata {

/// The map of `fromYear` turning into the map of `toYear`.
struct Transition {
    int fromYear = 0;
    int toYear = 0;
    float progress = 0.0F; // 0 = fromYear's map, 1 = toYear's map
};

} // namespace geodata
