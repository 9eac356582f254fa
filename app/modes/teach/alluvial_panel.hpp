#pragma once
// The lineage explorer: units of the reform years as stacked bars, the land that flowed between
// them as bands. A tap on a band selects the later unit on the map at its year.
#include "content/atlas.hpp"
#include "modes/teach/lineage_flow.hpp"
#include "render/map_renderer.hpp"
#include "ui/ui_intent.hpp"
#include "ui/ui_panels.hpp"

namespace app {

void alluvialPanel(const FlowDiagram& diagram, const Atlas& atlas, const render::MapRenderer& colours,
                   const Strings& text, PanelArea area, UiIntent& intent);

} // namespace app
