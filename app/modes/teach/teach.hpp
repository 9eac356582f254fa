#pragma once
// The teaching tab: compare two years, explore the lineage as an alluvial diagram, take a quiz.
// TeachState is plain data the teaching mode reads to decide what the map shows; the panel only
// reports intents and edits this state.
#include "content/atlas.hpp"
#include "modes/teach/lineage_flow.hpp"
#include "modes/teach/quiz.hpp"
#include "ui/ui_intent.hpp"
#include "ui/ui_panels.hpp"

#include <optional>

namespace app {

enum class TeachTool { Compare, Lineage, Quiz };
enum class CompareMode { SideBySide, Ghost };

struct TeachState {
    explicit TeachState(const Atlas& atlas);
    TeachTool tool = TeachTool::Compare;
    CompareMode compare = CompareMode::SideBySide;
    int earlierYear = 0;
    int laterYear = 0;
    FlowDiagram flows;
    QuizSession quiz;

    /// The year the map shows for the current tool (the later year, or the quiz's map year).
    [[nodiscard]] std::optional<int> mapYear() const;
    /// A tap on a unit while teaching: in the quiz it chooses the unit. True when it was used.
    bool tapUnit(const geodata::UnitVersion& unit);
};

/// Tabs for the three tools, docked at the left above the timeline. When the panel appears it opens
/// on `state.tool`, so a mode (or a test) can start on any of them.
void teachPanel(TeachState& state, const Atlas& atlas, const Strings& text, PanelArea area, UiIntent& intent);

} // namespace app
