#pragma once
// Explore: the map with its panels and playback; the teaching button opens Teach.
#include "modes/explorer_base.hpp"

namespace app {

class ExploreMode : public ExplorerBase {
  public:
    [[nodiscard]] AppMode kind() const override { return AppMode::Explore; }
    void panels(ModeContext& ctx, UiIntent& intent) override;
    void apply(const UiIntent& intent, ModeContext& ctx) override;
};

} // namespace app
