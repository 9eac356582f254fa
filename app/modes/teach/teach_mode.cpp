#include "modes/teach/teach_mode.hpp"

#include "modes/teach/alluvial_panel.hpp"
#include "ui/overlays.hpp"

#include <algorithm>

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

void TeachMode::panels(ModeContext& ctx, UiIntent& intent) {
    const PanelArea area{ctx.sizeF().x, ctx.sizeF().y};
    topBar(ctx, intent, true);
    teachPanel(m_teach, ctx.atlas, ctx.strings, area, intent);
    if (m_teach.tool == TeachTool::Lineage)
        alluvialPanel(m_teach.flows, ctx.atlas, ctx.scene.map(), ctx.strings, area, intent);
    // The teaching panel and the family tree cover the bottom left: the map is planned around them.
    Overlays shown;
    addImGuiWindows(shown);
    m_covered.clear();
    for (const Overlay& o : shown)
        if (o.name.ends_with("###teach") || o.name.ends_with("###alluvial")) m_covered.push_back(o.box);
    lowerPanels(ctx, intent);
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
}

ModeFrame TeachMode::frame(const ModeContext& /*ctx*/) const {
    ModeFrame frame;
    frame.caption = false; // the teaching panels take the bottom of the screen
    frame.year = m_teach.mapYear();
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
