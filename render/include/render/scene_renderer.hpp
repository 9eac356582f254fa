#pragma once
// Draws a SceneSnapshot: the map, population circles, joint bodies, caption, year card and legend, into
// any sf::RenderTarget. It keeps the fonts, the map's meshes and the last picture (copied back whole when
// the next snapshot would look the same), never any state about time or the user.
#include "geodata/dataset.hpp"
#include "geodata/population.hpp"
#include "geodata/timeline.hpp"
#include "render/bodies_layer.hpp"
#include "render/scene_plan.hpp"
#include "render/scene_snapshot.hpp"

#include <SFML/Graphics/Font.hpp>
#include <optional>
#include <string>
#include <vector>

namespace render {

/// What the scene drew over the map this frame, in target pixels (empty rectangles: not drawn). The
/// app's list of overlays starts from these.
struct SceneLayout {
    sf::FloatRect card;
    sf::FloatRect legend;
    sf::FloatRect caption;
    sf::FloatRect attribution;
    std::vector<BodyBadge> badges;
};

class SceneRenderer {
  public:
    /// The data must outlive the renderer.
    SceneRenderer(const geodata::Dataset& dataset, const geodata::Timeline& timeline,
                  const geodata::PopulationTable& population);
    SceneRenderer(const SceneRenderer&) = delete;
    SceneRenderer& operator=(const SceneRenderer&) = delete;

    /// Draws the snapshot and returns where its overlays went.
    const SceneLayout& draw(sf::RenderTarget& target, const SceneSnapshot& snapshot);

    /// Where the overlays of snapshots like `s` go on a target of `size`, and the room left for the map.
    /// The same in every year: it depends on the screen, the text size and which overlays are shown.
    const ScenePlan& plan(sf::Vector2f size, const SceneSnapshot& s);
    /// The camera that shows `bounds` in the room the plan leaves for the map (keeps `current`'s other
    /// settings).
    [[nodiscard]] Camera fit(const Camera& current, const geodata::Bounds& bounds, sf::Vector2f size,
                             const SceneSnapshot& s);

    /// What a tap at `screen` hits in the last frame drawn from `snapshot`: a badge first, else a unit.
    struct Pick {
        std::optional<std::string> body;
        std::optional<int> unit; // UnitVersion id
    };
    [[nodiscard]] Pick pick(sf::Vector2f screen, const SceneSnapshot& snapshot) const;

    [[nodiscard]] const SceneLayout& lastLayout() const { return *m_last; }
    /// The plan of the last single-map frame drawn (or fitted).
    [[nodiscard]] const ScenePlan& lastPlan() const { return m_plan->second; }
    [[nodiscard]] const MapRenderer& map() const { return m_map; }
    MapRenderer& map() { return m_map; }
    [[nodiscard]] bool fontsLoaded() const { return m_fontsOk; }

  private:
    void drawDecoration(sf::RenderTarget& target, const SceneSnapshot& s, const ScenePlan& p);
    void drawSideBySide(sf::RenderTarget& target, const SceneSnapshot& s);
    void drawBodies(sf::RenderTarget& target, const SceneSnapshot& s, const ScenePlan& p);
    [[nodiscard]] static std::string decorationKey(const SceneSnapshot& s);
    /// The sizes of the text overlays, measured with the fonts, for the words and sizes in `key`.
    struct Measured {
        std::string key;
        sf::Vector2f card, attribution,
            legend;                 // legend: the view's and the comparison's, one above the other
        float viewLegendHeight = 0; // the view's part (where the comparison's key begins)
    };
    [[nodiscard]] PlanRequest request(sf::Vector2f size, const SceneSnapshot& s);
    [[nodiscard]] Measured measure(sf::Vector2f size, const SceneSnapshot& s, std::string key) const;

    const geodata::Dataset& m_dataset;
    const geodata::Timeline& m_timeline;
    const geodata::PopulationTable& m_population;
    sf::Font m_font;
    sf::Font m_bold;
    bool m_fontsOk;
    MapRenderer m_map;
    SceneLayout m_layout;                  // the last single-map frame's (kept while its picture is reused)
    SceneLayout m_other;                   // the last side-by-side or blank frame's
    const SceneLayout* m_last = &m_layout; // the one drawn last
    MapFrame m_frame;                      // the snapshot's map with the plan's obstacles (reused)
    size_t m_mostBadges = 0;               // joint bodies active at once, in the busiest year
    std::optional<std::pair<PlanRequest, ScenePlan>> m_plan; // the last plan and what it was made for
    Measured m_measured;                                     // the last text measured for a plan
};

} // namespace render
