#pragma once
// Present (--present, F5): the story scene by scene with a clicker, a blank screen, the controls only
// after the mouse moves, and what the speaker window shows.
#include "direction/scene_director.hpp"
#include "modes/mode.hpp"
#include "modes/present/presenter.hpp"
#include "modes/present/speaker_info.hpp"

#include <memory>

namespace app {

class PresentMode : public Mode {
  public:
    explicit PresentMode(ModeContext& ctx);
    [[nodiscard]] AppMode kind() const override { return AppMode::Present; }
    void enter(ModeContext& ctx) override;
    void dataChanged(ModeContext& ctx) override;
    bool handle(const sf::Event& event, ModeContext& ctx) override;
    void update(double dt, ModeContext& ctx) override;
    void panels(ModeContext& ctx, UiIntent& intent) override;
    void apply(const UiIntent& intent, ModeContext& ctx) override;
    [[nodiscard]] ModeFrame frame(const ModeContext& ctx) const override;
    [[nodiscard]] FrameLook look(const ModeContext& ctx) const override;
    [[nodiscard]] float panelFontPixels(const ModeContext& ctx) const override;
    [[nodiscard]] bool wantsFullscreen(const ModeContext& /*ctx*/) const override {
        return m_presenter.fullscreen();
    }
    [[nodiscard]] bool refitsOnResize() const override { return true; }

    /// A key from the speaker window: the clicker works whichever window has focus.
    void speakerKey(sf::Keyboard::Key key);
    [[nodiscard]] SpeakerInfo speakerInfo(const ModeContext& ctx) const;
    [[nodiscard]] const Presenter& presenter() const { return m_presenter; }

  private:
    void showScene(ModeContext& ctx, bool glide);

    Presenter m_presenter;
    std::unique_ptr<SceneDirector> m_director; // rebuilt with the story on a reload
    bool m_aboutOpen = false;                  // "Om kartan", key A
};

} // namespace app
