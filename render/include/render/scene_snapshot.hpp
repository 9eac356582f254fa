#pragma once
// One frame as the scene renderer draws it: plain data, built once per frame by the app (its year, words
// and choices already settled) and handed down. The renderer reads nothing else, so a window, an export,
// a benchmark and a test that hand it the same snapshot get the same picture.
#include "render/caption.hpp"
#include "render/map_renderer.hpp"
#include "render/overlay.hpp"
#include "render/population_layer.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace render {

/// The legend under the year card.
enum class Legend { None, Density, Circles };

/// Two years side by side, each half fitted to the data (teaching's comparison).
struct SideBySide {
    int leftYear = 0;
    int rightYear = 0;
    std::string countLabel; // "kommuner" / "municipalities", under each half's year
};

/// How far a joint body founded in the year shown has faded in, `secondsAtStop` after playback arrived
/// there: from 0 to 1 over its first 0.8 s.
[[nodiscard]] inline float bodyAppearAfter(double secondsAtStop) {
    constexpr double kAppearSeconds = 0.8;
    return static_cast<float>(std::min(1.0, secondsAtStop / kAppearSeconds));
}

struct SceneSnapshot {
    MapFrame map;         // year, transition, camera, selection, fills, ghost year, text scale, insets
    double exactYear = 0; // map.year with playback's fraction: population circles grow with it
    bool circles = false; // population circles over the fills
    Legend legend = Legend::None;
    LegendText legendText;                   // the legend's words
    bool bodies = true;                      // joint bodies' badges, and the chosen one's members
    std::optional<std::string> selectedBody; // JointBody id
    float bodyAppear = 1.0F;                 // 0–1 while a body founded this year fades in
    std::optional<Caption> caption;          // worded; none = no caption this year
    bool captionRoom = false;                // the scene plan keeps room for a caption (in every year)
    std::vector<sf::FloatRect> covered;      // what the app draws over the target: the plan avoids it
    std::optional<OverlayText> card;         // the year card and the attribution; none = neither
    std::optional<SideBySide> sideBySide;    // instead of the single map
    bool blank = false;                      // the presenter's black screen: nothing but black
};

} // namespace render
