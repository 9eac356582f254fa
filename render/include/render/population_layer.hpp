#pragma once
// Population on the map, in two views: a density choropleth (fills for MapRenderer) and proportional
// circles drawn over the map. Both take a fractional year so that playback changes them smoothly, and
// both show an unknown figure as unknown: no fill colour is guessed, no circle is drawn.
//
// Density classes (inhabitants per km², the same for every year so that colours compare across the
// century): 0–25, 25–50, 50–100, 100–250, 250–500, 500–1 000, 1 000 and more. The low end separates
// the rural parishes of 1900 (~10–50/km²), the top end the suburbs of 2009 (Huddinge, Tyresö ~600–800).
// Colours: ColorBrewer YlGnBu, a sequential ramp that stays ordered for all common colour-vision
// deficiencies and in greyscale; "no data" is a neutral grey that MapRenderer hatches.
#include "geodata/dataset.hpp"
#include "geodata/population.hpp"
#include "render/map_renderer.hpp"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <array>
#include <optional>
#include <string>
#include <vector>

namespace render {

/// Lower bounds of the density classes 1…6 in inhabitants per km²; class 0 starts at 0.
/// A density exactly on a break belongs to the class above it (25 is in 25–50).
inline constexpr std::array<double, 6> kDensityBreaks{25, 50, 100, 250, 500, 1000};
inline constexpr int kDensityClasses = static_cast<int>(kDensityBreaks.size()) + 1;

/// Light neutral ground for "no figure", drawn hatched. Not on the ramp, so never read as a class.
inline const sf::Color kNoDataFill{226, 226, 222};
/// Ground of a unit with a figure in the circle view.
inline const sf::Color kCircleGround{247, 243, 230};

/// The class (0 … kDensityClasses-1) of a density in inhabitants per km².
[[nodiscard]] int densityClass(double perKm2);
/// Colour of a class, light (sparse) to dark (dense).
[[nodiscard]] sf::Color densityClassColour(int densityClass);

/// A unit's population in a fractional year: at whole years the table's value; between two years
/// linear between the table's values for both, flagged interpolated. nullopt when either is unknown:
/// the table never extrapolates and neither does this.
[[nodiscard]] std::optional<geodata::PopulationValue> populationAt(const geodata::PopulationTable& table,
                                                                   const std::string& code, double year);

/// Fills per UnitVersion id (size = dataset.units.size()) for MapFrame::fills. Units valid in
/// floor(year) get the class colour of population / area; units without a figure get
/// {kNoDataFill, noData = true}. Versions not valid then get their fill at the nearest year they were
/// valid, so that a transition cross-fades from the old map's real classes.
[[nodiscard]] std::vector<UnitFill> densityFills(const geodata::Dataset& dataset,
                                                 const geodata::PopulationTable& table, double year);

struct CircleStyle {
    /// A circle's area on the map is the area its population would cover at this density
    /// (inhabitants per km²): circles are in map units, zoom with the map and compare across years.
    /// At 1 000/km² a circle larger than its municipality means "denser than 1 000/km²".
    double referenceDensity = 1000.0;
    // Okabe–Ito vermillion: warm against the water and the cream ground, translucent so names show through.
    sf::Color fill{213, 94, 0, 100};
    sf::Color outline{130, 45, 0, 235}; // solid for a known figure, dashed when interpolated
    float outlineThickness = 2.0F;      // pixels at textScale 1
    std::array<double, 3> legendValues{10000, 50000, 100000};
};

/// Ground for the circle view (MapFrame::fills): a quiet light fill where a figure exists, so the
/// circles and labels stand out, and the hatched no-data fill where none does, so that "no circle"
/// never reads as "few people".
[[nodiscard]] std::vector<UnitFill> circleBaseFills(const geodata::Dataset& dataset,
                                                    const geodata::PopulationTable& table, double year);

/// Radius in map units (metres) of the circle for `population`: sqrt(pop / (π · density per m²)).
[[nodiscard]] double circleRadiusMetres(double population, const CircleStyle& style);

/// One circle as drawn: screen centre (the unit's label anchor) and radius in pixels.
struct PopulationCircle {
    int unitId = 0;
    sf::Vector2f centre;
    float radius = 0.0F;
    geodata::PopulationValue value;
};

/// The circles of the units valid in floor(year) that have a figure, largest first (the draw order,
/// so small circles stay visible on top of large ones).
[[nodiscard]] std::vector<PopulationCircle> populationCircles(const MapFrame& frame,
                                                              const geodata::Dataset& dataset,
                                                              const geodata::PopulationTable& table,
                                                              double year, const CircleStyle& style);

/// Draws populationCircles() in screen space; interpolated figures get a dashed outline.
void drawPopulationCircles(sf::RenderTarget& target, const MapFrame& frame, const geodata::Dataset& dataset,
                           const geodata::PopulationTable& table, double year, const CircleStyle& style);

/// Legend wording. render/ has no words of its own: the app fills these from its catalogue
/// (legend.*, format.thousands_separator); left empty, the titles and labels are simply not there.
struct LegendText {
    std::string densityTitle;    // "Invånare per km²"
    std::string noData;          // "ingen uppgift"
    std::string circleTitle;     // "Folkmängd"
    std::string inhabitants;     // "invånare", after each reference value
    std::string interpolated;    // "interpolerat", beside the dashed sample
    std::string thousands = " "; // thousands separator: space (sv), "," (en)
    std::string ghostEarlier;    // "Gränser 1900": the magenta lines of a comparison's earlier borders
    std::string ghostLater;      // "Gränser 2009": the borders of the year shown under them
};

/// "12 470" with the legend's thousands separator.
[[nodiscard]] std::string formatThousands(double value, const std::string& separator);

/// Class swatches with their ranges and a hatched "no data" swatch, on a white card at `topLeft`
/// (screen pixels). Returns the card's rectangle; without a target it only measures it (for placing).
sf::FloatRect drawDensityLegend(sf::RenderTarget* target, const sf::Font& font, sf::Vector2f topLeft,
                                float textScale, const LegendText& text = {});

/// The key to teaching's old borders over new: a magenta line sample beside text.ghostEarlier and a
/// border line beside text.ghostLater, on a card at `topLeft`. Returns the card; without a target it only
/// measures it. Nothing (an empty card) when text.ghostEarlier is empty.
sf::FloatRect drawGhostLegend(sf::RenderTarget* target, const sf::Font& font, sf::Vector2f topLeft,
                              float textScale, const LegendText& text);

/// Nested reference circles for style.legendValues at the map's current scale (pixels per map unit,
/// Camera::scale()), so they match the circles on the map, and a dashed "interpolated" sample. Without a
/// target it only measures.
sf::FloatRect drawCircleLegend(sf::RenderTarget* target, const sf::Font& font, sf::Vector2f topLeft,
                               float textScale, double pixelsPerMetre, const CircleStyle& style = {},
                               const LegendText& text = {});

} // namespace render
