#pragma once
// What the speaker window (--speaker-window) shows each frame, whatever mode the app is in.
#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

namespace app {

class AppShell;

/// Paints one frame of the speaker window: the speaker's view while presenting; after Esc "Presentationen
/// är avslutad" with how to start again (F5). Called every frame, so the lectern never shows a frozen,
/// stale scene while the main window has moved on.
void paintSpeakerWindow(sf::RenderTarget& target, const AppShell& app, const sf::Font& regular,
                        const sf::Font& bold);

} // namespace app
