#pragma once
// Kiosk (--kiosk): the story in an attract loop under "Tryck för att utforska", a visitor's session with
// big touch controls and "Är du kvar?", and the staff's way out (admin chord + PIN). Fullscreen, no
// pointer, never closed by a visitor.
#include "direction/scene_director.hpp"
#include "modes/kiosk/admin_gate.hpp"
#include "modes/kiosk/heartbeat.hpp"
#include "modes/kiosk/kiosk_session.hpp"
#include "modes/mode.hpp"
#include "ui/ui_panels.hpp"

#include <SFML/Graphics/Font.hpp>
#include <memory>
#include <optional>

namespace app {

/// The attract loop's "Tryck för att utforska" card at a 1080-line screen: the Swedish line, the English
/// line under it (1.35 line spacing) and the padding around them. It sits in the strip the visitor's panel
/// takes later.
inline constexpr float kPromptSwedishPx = 54.0F, kPromptEnglishPx = 36.0F, kPromptPaddingPx = 28.0F;
inline constexpr float kPromptHeightPx = (kPromptSwedishPx + kPromptEnglishPx) * 1.35F + 2 * kPromptPaddingPx;

/// The kiosk's cards give their text sizes for a 1080-line screen; the smallest of them is this large, and
/// is never smaller than the kiosk's reading size (kioskTextPx).
inline constexpr float kKioskCardSmallestPx = 30.0F;
/// The map's smallest text at a text scale of 1 (its names and the caption's source line, 16 px).
inline constexpr float kMapSmallestTextPx = 16.0F;

struct ModeContext;
/// Pixels per "1080-line pixel" of the kiosk's cards: the screen's height, or more where the screen's
/// size in millimetres asks for larger text.
[[nodiscard]] float kioskCardUnit(const ModeContext& ctx);

class KioskMode : public Mode {
  public:
    explicit KioskMode(ModeContext& ctx);
    [[nodiscard]] AppMode kind() const override { return AppMode::Kiosk; }
    void enter(ModeContext& ctx) override;
    void dataChanged(ModeContext& ctx) override;
    bool handle(const sf::Event& event, ModeContext& ctx) override;
    void update(double dt, ModeContext& ctx) override;
    void panels(ModeContext& ctx, UiIntent& intent) override;
    void apply(const UiIntent& intent, ModeContext& ctx) override;
    [[nodiscard]] ModeFrame frame(const ModeContext& ctx) const override;
    [[nodiscard]] FrameLook look(const ModeContext& ctx) const override;
    [[nodiscard]] float panelFontPixels(const ModeContext& ctx) const override;
    void drawOverlays(sf::RenderTarget& target, const ModeContext& ctx, Overlays& overlays) override;
    [[nodiscard]] bool wantsFullscreen(const ModeContext& /*ctx*/) const override { return true; }
    [[nodiscard]] bool cursorVisible() const override { return false; } // fingers need no cursor
    [[nodiscard]] bool refitsOnResize() const override { return true; }

    [[nodiscard]] const KioskSession& session() const { return m_session; }

  private:
    // Back to the attract loop as a new visitor should find it.
    void reset(ModeContext& ctx);
    void showScene(ModeContext& ctx, size_t index, bool glide);
    void attract(double dt, ModeContext& ctx);
    void pushTouchStyle(const ModeContext& ctx) const; // kiosk_panel.cpp
    [[nodiscard]] PanelArea visitorPanelArea(const ModeContext& ctx) const;
    /// The touch strip's height: two rows of touch targets, the gaps, the padding.
    [[nodiscard]] static float touchStripHeight(const ModeContext& ctx);

    KioskSession m_session;
    AdminGate m_admin;
    std::optional<Heartbeat> m_heartbeat;
    std::unique_ptr<SceneDirector> m_director; // rebuilt with the story on a reload
    double m_wrongPinSeconds = 0;              // how long "Fel kod" has shown
    sf::Font m_font, m_bold;                   // the cards' text
    bool m_fontsOk = false;
    bool m_aboutOpen = false; // "Om kartan", in a visitor's session only; closed for the next visitor
};

} // namespace app
