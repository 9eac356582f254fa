#pragma once
// What a kiosk visitor sees when the app meets an error it cannot carry on from: a calm full-screen
// message in Swedish and English while systemd restarts the app, never a stack trace or an error text.
// The technical details go to the log only (see log.hpp).
//
// The words are fixed here rather than taken from data/i18n: this screen must work when everything
// else has failed, the catalogues included.
#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/RenderWindow.hpp>

namespace app {

inline constexpr const char* kFatalTitleSv = "Kartan startar om strax";
inline constexpr const char* kFatalTitleEn = "The map is restarting";

class FatalScreen {
  public:
    /// Loads the UI font; without it the screen is drawn without words (still calm, still no error text).
    FatalScreen();

    /// Fills the whole target: a quiet background, the Swedish line large, the English line below it,
    /// and three dots that fade in turn to show the machine is not frozen. `seconds` since the screen
    /// appeared drives the dots.
    void draw(sf::RenderTarget& target, double seconds) const;

    [[nodiscard]] bool hasFont() const { return m_hasFont; }

  private:
    sf::Font m_font;
    bool m_hasFont = false;
};

/// The screen's background colour (tests look for it).
[[nodiscard]] sf::Color fatalBackground();

/// Shows the screen in `window` for `seconds`, answering the window's events (all ignored, so a
/// visitor cannot close it) and redrawing at about 30 frames per second.
void showFatalScreen(sf::RenderWindow& window, double seconds);

/// The same in a new full-screen window, for when the app's own window is already gone.
void showFatalScreen(double seconds);

} // namespace app
