#pragma once
// The ImGui panels of the map view. Each draws from read-only state and fills a UiIntent.
#include "geodata/dataset.hpp"
#include "playback.hpp"
#include "ui_intent.hpp"

#include <optional>

namespace app {

/// Height of the timeline panel: the map keeps this strip at the bottom free.
inline constexpr float kTimelinePanelHeight = 96.0F;

/// Play/pause, step buttons, the year slider with its change ticks and the speed, along the bottom edge.
void timelinePanel(const Playback& playback, float width, float height, UiIntent& intent);

/// Name, kind, years, area and lineage of the selected unit version, along the right edge.
void unitInfoPanel(const geodata::Dataset& dataset, int unitId, float width, float height, UiIntent& intent);

} // namespace app
