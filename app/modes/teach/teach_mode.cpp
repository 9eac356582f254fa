#include "modes/teach/teach_mode.hpp"

#include "direction/stage_text.hpp"
#include "modes/teach/alluvial_panel.hpp"
#include "ui/overlays.hpp"

#include <algorithm>
#include <imgui.h>

namespace app {

void TeachMode::enter(ModeContext& ctx) {
    // Teaching opened on a year compares it with the first (the later year is where the user was), unless
    // that is the first year itself.
    if (ctx.playback.year() > m_teach.earlierYear) m_teach.laterYear = ctx.playback.year();
    holdYear(ctx);
}

void TeachMode::dataChanged(ModeContext& ctx) {
    m_teach = TeachState(ctx.atlas);
    m_heldYear.reset();
    enter(ctx);
}

void TeachMode::update(double /*dt*/, ModeContext& ctx) { holdYear(ctx); }

void TeachMode::holdYear(ModeContext& ctx) {
    geodata::Playback& playback = ctx.playback;
    // The timeline moved a comparison (its slider, a step, play): the later year follows it. A quiz
    // question keeps its map: it asks about that year's units.
    if (m_teach.tool == TeachTool::Compare && m_heldYear == m_teach.laterYear &&
        playback.year() != m_teach.laterYear) {
        m_teach.laterYear = playback.year();
        m_teach.earlierYear = std::min(m_teach.earlierYear, m_teach.laterYear);
    }
    m_heldYear = m_teach.mapYear();
    if (m_heldYear && playback.year() != *m_heldYear) {
        playback.setPlaying(false);
        playback.seek(*m_heldYear);
    }
}

bool TeachMode::tapUnit(const geodata::UnitVersion& unit, ModeContext& /*ctx*/) {
    return m_teach.tapUnit(unit);
}

// The family tree beside the map: in landscape a column at the right, as wide as its names need (at most
// kChartShare of the screen), the teaching panel narrowed to the room left of it; in portrait a band across
// the screen above the teaching panel, as tall as the busiest column's names need.
void TeachMode::placeFamilyTree(const ModeContext& ctx, float top, const sf::FloatRect* teachBox) {
    constexpr float kMargin = 10.0F, kChartShare = 0.5F;
    const sf::Vector2f size = ctx.sizeF();
    const float bottom = size.y - kTimelinePanelHeight - kMargin;
    if (size.x >= size.y) {
        const float width = size.x * kChartShare;
        m_chart = planFamilyTree(m_teach.flowChoices, ctx.atlas,
                                 {size.x - kMargin - width, top, width, bottom - top}, true);
        return;
    }
    if (!teachBox) return;
    size_t busiest = 0;
    for (const FlowDiagram& d : m_teach.flowChoices)
        for (const FlowColumn& c : d.columns) busiest = std::max(busiest, c.units.size());
    const float lowest = teachBox->top - kMargin;
    const float height =
        std::min(lowest - top, ImGui::GetFontSize() * (static_cast<float>(busiest) * 1.4F + 3));
    m_chart = planFamilyTree(m_teach.flowChoices, ctx.atlas,
                             {kMargin, lowest - height, size.x - 2 * kMargin, height}, false);
}

void TeachMode::panels(ModeContext& ctx, UiIntent& intent) {
    const PanelArea area{ctx.sizeF().x, ctx.sizeF().y};
    topBar(ctx, intent, true);
    const float top = ExplorerBase::look(ctx).topInset + 8.0F;
    const bool landscape = area.width >= area.height;
    m_chart = {};
    if (m_teach.tool == TeachTool::Lineage && landscape) placeFamilyTree(ctx, top, nullptr);
    const float teachWidth =
        m_chart.columns.empty() ? kTeachPanelWidth : std::min(kTeachPanelWidth, m_chart.box.left - 20.0F);
    const sf::FloatRect teachBox = teachPanel(m_teach, ctx.atlas, ctx.strings, area, intent, teachWidth);
    if (m_teach.tool == TeachTool::Lineage) {
        if (m_chart.columns.empty()) placeFamilyTree(ctx, top, &teachBox); // portrait, or the tab just opened
        alluvialPanel(m_chart, m_teach.flowChoices, ctx.atlas, ctx.scene.map(), ctx.strings, intent);
    }
    // The teaching panel and the family tree cover part of the screen: the map is planned around them.
    Overlays shown;
    addImGuiWindows(shown);
    m_covered.clear();
    for (const Overlay& o : shown)
        if (o.name.ends_with("###teach") || o.name.ends_with("###alluvial")) m_covered.push_back(o.box);
    lowerPanels(ctx, intent);
}

float TeachMode::panelFontPixels(const ModeContext& ctx) const {
    // A class reads the panels from its desks: at least the projector's smallest text.
    return std::max(18.0F, projectorMinimumTextPixels(ctx.size.x, ctx.size.y));
}

FrameLook TeachMode::look(const ModeContext& ctx) const {
    FrameLook look = ExplorerBase::look(ctx);
    look.covered = m_covered;
    return look;
}

void TeachMode::apply(const UiIntent& intent, ModeContext& ctx) {
    ExplorerBase::apply(intent, ctx);
    if (intent.showTeach && !*intent.showTeach) ctx.shell.switchTo(AppMode::Explore);
    holdYear(ctx); // a tab or a slider of the panel changed the year: this frame shows it
    // Old borders over new bring their key into the legend's room: the map is fitted around it.
    const bool ghost = m_teach.tool == TeachTool::Compare && m_teach.compare == CompareMode::Ghost;
    if (ghost != m_ghostShown) {
        m_ghostShown = ghost;
        ctx.shell.fitCamera();
    }
}

ModeFrame TeachMode::frame(const ModeContext& /*ctx*/) const {
    ModeFrame frame;
    frame.caption = false; // the teaching panels take the bottom of the screen
    frame.year = m_teach.mapYear();
    // Beside the family tree the map shows the units alone: the joint bodies' badges would take its room.
    frame.bodies = m_teach.tool != TeachTool::Lineage;
    if (m_teach.tool == TeachTool::Compare) {
        if (m_teach.compare == CompareMode::SideBySide)
            frame.sideBySide = std::pair{m_teach.earlierYear, m_teach.laterYear};
        else
            frame.ghostYear = m_teach.earlierYear;
    }
    // Chosen units in the quiz stand out; after an answer, right ones are green and wrong ones red.
    const QuizSession& quiz = m_teach.quiz;
    if (m_teach.tool == TeachTool::Quiz && !quiz.finished()) {
        for (const std::string& code : quiz.chosen()) frame.marks[code] = sf::Color(255, 200, 60);
        if (const auto& feedback = quiz.feedback()) {
            for (const std::string& code : quiz.current().answer) frame.marks[code] = sf::Color(60, 180, 90);
            for (const std::string& code : feedback->wrong) frame.marks[code] = sf::Color(220, 70, 50);
        }
    }
    return frame;
}

} // namespace app
