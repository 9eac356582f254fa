#pragma once
// The ImGui panels around the map. Each draws from read-only state and fills a UiIntent.
#include "atlas.hpp"
#include "map_scene.hpp"
#include "playback.hpp"
#include "ui_intent.hpp"

#include <optional>
#include <string>

namespace app {

/// Height of the timeline panel: the map keeps this strip at the bottom free.
inline constexpr float kTimelinePanelHeight = 96.0F;

struct PanelArea {
    float width = 0;
    float height = 0;
};

/// Play/pause, step buttons, the year slider with change ticks and event markers, the speed.
void timelinePanel(const Playback& playback, const Atlas& atlas, Language language, PanelArea area,
                   UiIntent& intent);

/// The view switch, the bodies toggle, the story button and the language buttons, top centre.
void viewBar(const MapScene& scene, bool storyOpen, bool teachOpen, PanelArea area, UiIntent& intent);

/// Name, kind, years, area, population, lineage and joint bodies of the selected unit version.
void unitInfoPanel(const Atlas& atlas, int unitId, int year, Language language, PanelArea area,
                   UiIntent& intent);

/// Founding year, purpose, members and source notes of a joint body.
void bodyPanel(const Atlas& atlas, const std::string& bodyId, int year, Language language, PanelArea area,
               UiIntent& intent);

/// Milestones of the cooperation and its networks, browsable; `openEvent` is shown expanded.
void storyPanel(const Atlas& atlas, const std::optional<std::string>& openEvent, Language language,
                PanelArea area, UiIntent& intent);

/// Problems found in the story files, so an operator sees them without a terminal.
void problemsPanel(const std::vector<std::string>& problems, Language language, PanelArea area);

} // namespace app
