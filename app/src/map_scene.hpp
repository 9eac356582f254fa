#pragma once
// The map with everything drawn over it, as the window and every export draw it: one place, so
// an export is exactly what the screen shows.
#include "atlas.hpp"
#include "change_text.hpp"
#include "i18n.hpp"
#include "render/bodies_layer.hpp"
#include "render/caption.hpp"
#include "render/map_renderer.hpp"
#include "render/overlay.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace app {

/// What the unit fills show.
enum class MapView {
    Units,   // each municipality in its own colour
    Density, // inhabitants per km², fixed classes over all years
    Circles, // proportional circles, growing smoothly between census years
};

/// "units", "density", "circles" → MapView (Units for anything else).
[[nodiscard]] MapView parseMapView(const std::string& name);
/// The inverse: the name --view takes.
[[nodiscard]] const char* mapViewName(MapView view);

class MapScene {
  public:
    /// Captions, the year card and the legends are worded from `strings` in its chosen language, so
    /// switching it (Strings::setLanguage) switches the map's words; it must outlive the scene.
    MapScene(const Atlas& atlas, const Strings& strings);
    void draw(sf::RenderTarget& target);
    /// Fits the camera to the data in a target of `size`, above the panels and the caption band.
    void fitCamera(sf::Vector2f size);
    /// The camera that frames `bounds` in a target of `size` the way fitCamera frames the whole map.
    [[nodiscard]] render::Camera cameraFor(const geodata::Bounds& bounds, sf::Vector2f size) const;

    render::MapFrame frame;
    double smoothYear = 0.0; // frame.year with the fraction playback is at: circles grow with it
    MapView view = MapView::Units;
    bool overlay = true;
    bool caption = true;
    bool bodies = true;                         // joint bodies' badges, and the chosen one's members
    std::optional<std::string> selectedBody;    // JointBody id
    float bodyAppear = 1.0F;                    // 0–1 while a body just founded fades in
    std::map<std::string, sf::Color> quizMarks; // unit code → fill, over the view's own fills
    /// A story scene's units: they keep their fills and the rest of the map fades back. Empty = none.
    std::set<std::string> highlightUnits;
    /// A story scene's caption, shown instead of the one derived from the timeline.
    std::optional<render::Caption> captionText;

    /// Two years side by side, each half with its own camera fitted to the data (teaching).
    void drawSideBySide(sf::RenderTarget& target, int leftYear, int rightYear);

    /// What a tap at `screen` hits: a joint body's badge first, else the unit under it.
    struct Pick {
        std::optional<std::string> body;
        std::optional<int> unit; // UnitVersion id
    };
    [[nodiscard]] Pick pick(sf::Vector2f screen) const;

    /// The badges as last drawn, for taps.
    [[nodiscard]] const std::vector<render::BodyBadge>& badges() const { return m_badges; }
    [[nodiscard]] const Atlas& atlas() const { return m_atlas; }
    [[nodiscard]] const Strings& strings() const { return m_strings; }
    [[nodiscard]] const render::MapRenderer& renderer() const { return m_renderer; }
    render::MapRenderer& renderer() { return m_renderer; }
    [[nodiscard]] bool fontsLoaded() const { return m_fontsOk; }

  private:
    const Atlas& m_atlas;
    const Strings& m_strings;
    sf::Font m_font;
    sf::Font m_bold;
    bool m_fontsOk;
    render::MapRenderer m_renderer;
    std::vector<render::BodyBadge> m_badges;

    // The caption derived for m_captionOf (year, language), kept while they stay.
    std::optional<std::pair<int, Language>> m_captionOf;
    std::optional<render::Caption> m_caption;

    // Everything over the map and its labels: circles, bodies, caption, year card, legend.
    void drawDecoration(sf::RenderTarget& target, double year);
    [[nodiscard]] std::string decorationKey(double year) const;
    [[nodiscard]] const std::optional<render::Caption>& derivedCaption();
    void drawBodies(sf::RenderTarget& target);
    void drawLegend(sf::RenderTarget& target, sf::FloatRect card);
    void applyMarks();
};

} // namespace app
