#pragma once
// Which change years under the timeline get their year written. There is room for only some of them on
// a narrow screen, and the great reforms must not lose theirs to a small change a few years before: ticks
// are labelled in order of importance (how much the number of units changed), each only where it keeps
// clear of the labels already written, so a label is never skipped for one that matters less.
#include <SFML/Graphics/Rect.hpp>
#include <vector>

namespace app {

struct TickLabel {
    int year = 0;
    float centre = 0;    // the tick's x, in pixels
    float width = 0;     // the year's text width, in pixels
    long importance = 0; // how much the number of units changed in that year
};

/// One flag per tick, in the same order: whether its year is written. Labels are centred on their tick,
/// kept `gap` pixels apart and inside [left, right]. Most important first; ties go to the earlier year.
[[nodiscard]] std::vector<bool> chooseTickLabels(const std::vector<TickLabel>& ticks, float gap, float left,
                                                 float right);

} // namespace app
