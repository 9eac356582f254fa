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
#include <string>

namespace app {

enum class TeachTool { Compare, Lineage, Quiz };
enum class CompareMode { SideBySide, Ghost };

/// What the quiz tab showed in its last frame: its screen and the headline in the large font (the verdict
/// on an answer, or the final score), so a test reads what the class saw.
struct QuizShown {
    enum class Screen { None, Question, Verdict, End };
    Screen screen = Screen::None;
    std::string headline;
    float headlinePixels = 0; // the headline's font size
};

struct TeachState {
    explicit TeachState(const Atlas& atlas);
    TeachTool tool = TeachTool::Compare;
    CompareMode compare = CompareMode::SideBySide;
    int earlierYear = 0;
    int laterYear = 0;
    /// The family tree with 2, 3, … columns: the chart shows the most its screen has room for.
    std::vector<FlowDiagram> flowChoices;
    QuizSession quiz;
    QuizShown quizShown;

    /// The year the map shows for the current tool (the later year, or the quiz's map year).
    [[nodiscard]] std::optional<int> mapYear() const;
    /// A tap on a unit while teaching: in the quiz it chooses the unit. True when it was used.
    bool tapUnit(const geodata::UnitVersion& unit);
};

/// The teaching panel's width where nothing beside it asks for less.
inline constexpr float kTeachPanelWidth = 520.0F;

/// Tabs for the three tools, docked at the left above the timeline, `width` wide. When the panel appears it
/// opens on `state.tool`, so a mode (or a test) can start on any of them. Returns the panel's box.
sf::FloatRect teachPanel(TeachState& state, const Atlas& atlas, const Strings& text, PanelArea area,
                         UiIntent& intent, float width = kTeachPanelWidth);

} // namespace app
