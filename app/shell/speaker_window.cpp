#include "shell/speaker_window.hpp"

#include "modes/present/speaker_view.hpp"
#include "shell/app_shell.hpp"

namespace app {

void paintSpeakerWindow(sf::RenderTarget& target, const AppShell& app, const sf::Font& regular,
                        const sf::Font& bold) {
    // speakerInfo() outside presenting says so (presenting = false), and the view draws the ended screen.
    drawSpeakerView(target, app.speakerInfo(), app.strings(), regular, bold);
}

} // namespace app
