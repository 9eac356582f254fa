#pragma once
// What Explore and Teach share: the view bar, the timeline, the unit, body and story panels, the export
// dialog and the problems panel; the About panel; the keys F5, Ctrl+E and A; the timeline's room at the
// bottom.
#include "modes/mode.hpp"

#include <optional>
#include <string>

namespace app {

class ExplorerBase : public Mode {
  public:
    bool key(sf::Keyboard::Key key, bool ctrl, ModeContext& ctx) override;
    void apply(const UiIntent& intent, ModeContext& ctx) override;
    [[nodiscard]] FrameLook look(const ModeContext& ctx) const override;

  protected:
    /// The view bar, top centre; `teaching` lights its teaching button.
    void topBar(ModeContext& ctx, UiIntent& intent, bool teaching);
    /// Timeline, the selected unit's or body's panel, the story panel, the export dialog, the problems.
    void lowerPanels(ModeContext& ctx, UiIntent& intent) const;

  private:
    bool m_storyOpen = false; // the panel with milestones and networks
    std::optional<std::string> m_openEvent;
    bool m_aboutOpen = false;  // "Om kartan" / "About this map"
    float m_viewBarBottom = 0; // where the view bar ended when last drawn (0: not drawn yet)
};

} // namespace app
