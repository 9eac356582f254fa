#include "modes/explorer_base.hpp"

#include "export/export_job.hpp"
#include "ui/ui_panels.hpp"

#include <algorithm>

namespace app {

bool ExplorerBase::key(sf::Keyboard::Key key, bool ctrl, ModeContext& ctx) {
    if (key == sf::Keyboard::F5) { // as in slide software: start presenting
        ctx.shell.switchTo(AppMode::Present);
        return true;
    }
    if (key == sf::Keyboard::A && !ctrl) { // as the presenter's key for "Om kartan"
        m_aboutOpen = !m_aboutOpen;
        return true;
    }
    if (key == sf::Keyboard::E && ctrl) {
        ctx.exports.open();
        return true;
    }
    return false;
}

void ExplorerBase::apply(const UiIntent& intent, ModeContext& ctx) {
    if (intent.showStory) m_storyOpen = *intent.showStory;
    if (intent.openEvent) m_openEvent = intent.openEvent;
    if (intent.toggleAbout) m_aboutOpen = !m_aboutOpen;
    if (intent.startPresenting) ctx.shell.switchTo(AppMode::Present);
}

FrameLook ExplorerBase::look(const ModeContext& ctx) const {
    // At least one row: in its first frame ImGui only measures the bar; a taller bar (two rows on a narrow
    // screen) shows in the look from the next frame, and the map is planned around it anew.
    return {ctx.config.textScale, kTimelinePanelHeight, std::max(kViewBarBottom, m_viewBarBottom), {}};
}

void ExplorerBase::topBar(ModeContext& ctx, UiIntent& intent, bool teaching) {
    m_viewBarBottom =
        viewBar(ctx.choices, ctx.strings, m_storyOpen, teaching, {ctx.sizeF().x, ctx.sizeF().y}, intent);
}

void ExplorerBase::lowerPanels(ModeContext& ctx, UiIntent& intent) const {
    const PanelArea area{ctx.sizeF().x, ctx.sizeF().y};
    const int year = ctx.playback.year();
    timelinePanel(ctx.playback, ctx.atlas, ctx.strings, area, intent);
    if (ctx.choices.selectedUnit)
        unitInfoPanel(ctx.atlas, *ctx.choices.selectedUnit, year, ctx.strings, area, intent);
    else if (ctx.choices.selectedBody)
        bodyPanel(ctx.atlas, *ctx.choices.selectedBody, year, ctx.strings, area, intent);
    if (m_storyOpen) storyPanel(ctx.atlas, m_openEvent, ctx.strings, area, intent);
    ctx.exports.panel(ctx.sharedAtlas, ctx.strings,
                      exportLook(ctx.options, ctx.strings.language(), ctx.choices.view),
                      ctx.playback.firstYear(), ctx.playback.lastYear(), year, ctx.config.storyFile);
    if (m_aboutOpen) aboutPanel(ctx.atlas, ctx.strings, area, intent);
    problemsPanel(ctx.problems, ctx.strings, area);
}

} // namespace app
