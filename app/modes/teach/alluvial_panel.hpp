#pragma once
// The lineage explorer: units of the reform years as stacked bars with their names beside them, the land
// that flowed between them as bands. A tap on a band or a name selects that unit on the map at its year.
#include "content/atlas.hpp"
#include "modes/teach/alluvial_layout.hpp"
#include "render/map_renderer.hpp"
#include "ui/ui_intent.hpp"
#include "ui/ui_panels.hpp"

namespace app {

/// The family tree laid out in `area` (screen pixels) in the panels' current font (AlluvialLayout).
[[nodiscard]] AlluvialLayout planFamilyTree(const std::vector<FlowDiagram>& diagrams, const Atlas& atlas,
                                            sf::FloatRect area, bool alignRight);

/// Draws `layout` (from planFamilyTree with the same diagrams) in a window of its box, named "###alluvial".
void alluvialPanel(const AlluvialLayout& layout, const std::vector<FlowDiagram>& diagrams, const Atlas& atlas,
                   const render::MapRenderer& colours, const Strings& text, UiIntent& intent);

} // namespace app
