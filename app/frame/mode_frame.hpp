#pragma once
// What the mode in charge adds to a frame, as plain data: a year of its own, a comparison, marks,
// highlights, a story caption or a black screen. The frame builder turns it, with the shared choices and
// playback's moment, into the one snapshot the renderer draws.
#include "content/audience.hpp"
#include "render/caption.hpp"

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace app {

struct ModeFrame {
    std::optional<int> year;                       // a year held still instead of playback's (teaching)
    std::optional<int> ghostYear;                  // an earlier year's vanished borders over the map
    std::optional<std::pair<int, int>> sideBySide; // two years, each on its half
    bool caption = true;                           // the caption band (a story's, else the year's own)
    std::optional<render::Caption> storyCaption;   // a story scene's, worded; else the derived one
    std::set<std::string> highlightUnits;          // a story scene's: the rest fades back
    std::map<std::string, sf::Color> marks;        // unit code → fill over the view's (the quiz)
    bool blank = false;                            // the presenter's black screen
    bool bodies = true; // false: no joint bodies' badges whatever the choice (the family tree needs the room)
};

/// How big the mode draws text and what its panels cover; the same for the map, its overlays and its fit.
struct FrameLook {
    float textScale = 1.0F;
    float bottomInset = 0.0F;              // a bar across the bottom (the timeline)
    float topInset = 0.0F;                 // a bar across the top (the view bar)
    std::vector<sf::FloatRect> covered;    // other panels the mode keeps open
    Audience audience = Audience::Scholar; // a kiosk visitor's caption leaves out the notes on sources
    friend bool operator==(const FrameLook&, const FrameLook&) = default;
};

} // namespace app
