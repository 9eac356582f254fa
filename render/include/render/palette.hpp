#pragma once
// Colours of the map. Unit fills come from a colour-blind-safe qualitative palette
// (Paul Tol's "light" and "muted" schemes), chosen by a hash of the unit code so a unit keeps
// its colour in every year, every run and every export.
#include <SFML/Graphics/Color.hpp>
#include <string_view>

namespace render::palette {

inline const sf::Color kWater{205, 222, 235};
inline const sf::Color kContext{222, 222, 218};
inline const sf::Color kContextBorder{190, 190, 186};
inline const sf::Color kBorder{60, 60, 70};
inline const sf::Color kLabel{25, 25, 35};
inline const sf::Color kLabelHalo{255, 255, 255, 200};
inline const sf::Color kSelection{20, 20, 20};

[[nodiscard]] sf::Color unitFill(std::string_view code);

} // namespace render::palette
