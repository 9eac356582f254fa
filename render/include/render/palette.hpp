#pragma once
// Colours of the map. Unit fills come from a colour-blind-safe qualitative palette
// (Paul Tol's "light" and "muted" schemes), chosen by a hash of the unit code so a unit keeps
// its colour in every year, every run and every export.
#include "geodata/dataset.hpp"

#include <SFML/Graphics/Color.hpp>
#include <map>
#include <string>
#include <string_view>

namespace render::palette {

inline const sf::Color kWater{205, 222, 235};
inline const sf::Color kContext{222, 222, 218};
inline const sf::Color kContextBorder{190, 190, 186};
inline const sf::Color kBorder{60, 60, 70};
inline const sf::Color kLabel{25, 25, 35};
inline const sf::Color kLabelHalo{255, 255, 255, 200};
inline const sf::Color kSelection{20, 20, 20};
inline const sf::Color kGhost{204, 51, 153, 230}; // Tol's purple-magenta: unlike any border or fill

[[nodiscard]] sf::Color unitFill(std::string_view code);

/// Fill colour per unit code such that neighbouring units differ where the palette allows.
/// Deterministic: each code starts from its hashed colour and codes are visited in sorted order,
/// so the same data always gives the same colours.
[[nodiscard]] std::map<std::string, sf::Color> unitFills(const geodata::Dataset& dataset);

} // namespace render::palette
