#include "modes/explore/explore_mode.hpp"

namespace app {

void ExploreMode::panels(ModeContext& ctx, UiIntent& intent) {
    topBar(ctx, intent, false);
    lowerPanels(ctx, intent);
}

void ExploreMode::apply(const UiIntent& intent, ModeContext& ctx) {
    ExplorerBase::apply(intent, ctx);
    if (intent.showTeach && *intent.showTeach) ctx.shell.switchTo(AppMode::Teach);
}

} // namespace app
