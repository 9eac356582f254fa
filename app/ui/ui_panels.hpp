#pragma once
// The ImGui panels around the map. Each draws from read-only state and fills a UiIntent. Their
// words come from the catalogue (`const Strings&`, in its chosen language); data texts are picked
// in the same language with pick(…, text.language()).
#include "content/atlas.hpp"
#include "content/audience.hpp"
#include "content/i18n.hpp"
#include "frame/map_choices.hpp"
#include "geodata/playback.hpp"
#include "ui/ui_intent.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <optional>
#include <string>
#include <vector>

namespace app {

/// Height of the timeline panel: the map keeps this strip at the bottom free.
inline constexpr float kTimelinePanelHeight = 96.0F;
/// Where the view bar at the top ends: 8 px from the edge, 40 px buttons, 8 px padding above and below.
inline constexpr float kViewBarBottom = 64.0F;

struct PanelArea {
    float width = 0;
    float height = 0;
    Audience audience = Audience::Scholar;
    // Where the unit and body panels go: their top edge, and their width (the kiosk's text is larger and
    // its badges may take the top of a portrait screen).
    float top = 70.0F;
    float sideWidth = 400.0F;
    float bottomReserve = 130.0F; // kept free below them (the timeline, a kiosk's touch strip)
    float right = 0.0F;           // their right edge; 0 = 230 px from the screen's (left of the badges)
    // A box of their own instead (a kiosk's text room): as wide as the box, at least `boxMinHeight` high
    // and no higher than the box, at its top, or standing on its bottom edge and growing upwards when
    // `fromBottom`. Empty: the rules above.
    sf::FloatRect box{};
    bool fromBottom = false;
    float boxMinHeight = 0;
};

/// A visible label with a fixed ImGui ID ("Spela###play"): a widget or window keeps its state when the
/// language changes, and two translations that happen to read alike never collide.
[[nodiscard]] inline std::string withId(const std::string& label, const char* id) {
    return label + "###" + id;
}

/// Where the timeline put its parts, in screen pixels: what a test checks for overlaps.
struct TimelineLayout {
    sf::FloatRect slider;                     // the year slider's frame
    sf::FloatRect speedSlider;                // the speed slider's frame (its handle moves inside it)
    sf::FloatRect speedLabel;                 // "12.0 år/s", under the speed slider
    std::vector<std::pair<int, float>> ticks; // every change year with a tick, and the tick's x
    std::vector<std::pair<int, sf::FloatRect>> tickLabels; // the change years written, with their boxes
};

/// Play/pause, step buttons, the year slider with change ticks and event markers, the speed.
TimelineLayout timelinePanel(const geodata::Playback& playback, const Atlas& atlas, const Strings& text,
                             PanelArea area, UiIntent& intent);

/// The view switch, the bodies toggle, the story button and the language buttons, top centre, in as many
/// rows as the screen's width needs. Returns where the bar ends at the bottom, in pixels.
float viewBar(const MapChoices& choices, const Strings& text, bool storyOpen, bool teachOpen, PanelArea area,
              UiIntent& intent);

/// Name, kind, years, area, population, lineage and joint bodies of the selected unit version; for the
/// scholarly audience also the population's source and the unit's code.
void unitInfoPanel(const Atlas& atlas, int unitId, int year, const Strings& text, PanelArea area,
                   UiIntent& intent);

/// Full name, founding year, purpose and members of a joint body; for the scholarly audience also the notes
/// on its sources and the source line.
void bodyPanel(const Atlas& atlas, const std::string& bodyId, int year, const Strings& text, PanelArea area,
               UiIntent& intent);

/// Milestones of the cooperation and its networks, browsable; `openEvent` is shown expanded.
void storyPanel(const Atlas& atlas, const std::optional<std::string>& openEvent, const Strings& text,
                PanelArea area, UiIntent& intent);

/// Every source part of the data, by group, in file order without repeats (the About panel's lists).
struct AboutSources {
    std::vector<std::string> population, mergers, bodies, milestones;
};
[[nodiscard]] AboutSources aboutSources(const Atlas& atlas);

/// "Om kartan" / "About this map": the dataset's attribution and licence and every source with its full
/// address, grouped (boundaries, population, mergers, joint bodies, milestones). Closing it sets
/// intent.toggleAbout.
void aboutPanel(const Atlas& atlas, const Strings& text, PanelArea area, UiIntent& intent);

/// Problems found while loading (story files, UI catalogues), so an operator sees them without a terminal.
void problemsPanel(const std::vector<std::string>& problems, const Strings& text, PanelArea area);

} // namespace app
