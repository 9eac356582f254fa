#pragma once
// The speaker's screen in presenter mode (--speaker-window): the scene and its caption, the notes,
// the talk's time, the clock and what comes next. Drawn into any target, so it is tested offscreen.
#include "content/i18n.hpp"
#include "modes/present/speaker_info.hpp"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

namespace app {

void drawSpeakerView(sf::RenderTarget& target, const SpeakerInfo& info, const Strings& strings,
                     const sf::Font& regular, const sf::Font& bold);

/// 754 → "12:34"; an hour and more → "1:02:03".
[[nodiscard]] std::string formatElapsed(double seconds);

} // namespace app
