#pragma once
// One way of using the app: Explore, Teach, Present or Kiosk. The shell hands the current mode its events
// and the time passed, asks it for its panels and what it adds to the frame, and draws; switching mode
// replaces one object. Modes never include each other: what they share lives in ui/, direction/, frame/.
#include "frame/mode_frame.hpp"
#include "modes/mode_context.hpp"
#include "ui/overlays.hpp"
#include "ui/ui_intent.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Window/Event.hpp>

namespace app {

class Mode {
  public:
    virtual ~Mode() = default;
    [[nodiscard]] virtual AppMode kind() const = 0;

    /// Called once the mode is in charge (the shell's camera fit and layout are its own by then).
    virtual void enter(ModeContext& /*ctx*/) {}
    /// The data (and so the story) were replaced: rebuild what referred to the old ones.
    virtual void dataChanged(ModeContext& /*ctx*/) {}
    /// A window event before the shell's own handling; true when the mode used it up.
    virtual bool handle(const sf::Event& /*event*/, ModeContext& /*ctx*/) { return false; }
    /// A key the panels did not take, before the shell's own keys; true when the mode used it.
    virtual bool key(sf::Keyboard::Key /*key*/, bool /*ctrl*/, ModeContext& /*ctx*/) { return false; }
    /// A tap on a unit; true when the mode used it (the quiz), else it selects the unit.
    virtual bool tapUnit(const geodata::UnitVersion& /*unit*/, ModeContext& /*ctx*/) { return false; }
    /// Time passed, after playback advanced.
    virtual void update(double /*dt*/, ModeContext& /*ctx*/) {}
    /// The ImGui panels of this frame; what the user asked for goes into `intent`.
    virtual void panels(ModeContext& ctx, UiIntent& intent) = 0;
    /// The mode's part of an intent (the shell applies the shared part).
    virtual void apply(const UiIntent& /*intent*/, ModeContext& /*ctx*/) {}
    /// What this mode adds to the frame.
    [[nodiscard]] virtual ModeFrame frame(const ModeContext& /*ctx*/) const { return {}; }
    /// Its text size and what its panels cover at the bottom.
    [[nodiscard]] virtual FrameLook look(const ModeContext& ctx) const = 0;
    /// The panels' font size in pixels.
    [[nodiscard]] virtual float panelFontPixels(const ModeContext& /*ctx*/) const { return 18.0F; }
    /// Draws the mode's own cards over the map and adds their boxes.
    virtual void drawOverlays(sf::RenderTarget& /*target*/, const ModeContext& /*ctx*/,
                              Overlays& /*overlays*/) {}

    [[nodiscard]] virtual bool wantsFullscreen(const ModeContext& ctx) const {
        return ctx.options.fullscreen;
    }
    [[nodiscard]] virtual bool cursorVisible() const { return true; }
    /// Whether a new window size refits the camera and text (the projector and the kiosk do).
    [[nodiscard]] virtual bool refitsOnResize() const { return false; }
};

} // namespace app
