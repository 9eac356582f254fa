#pragma once
// Where each unit's name goes on the map, decided once per year, view and text size (MapRenderer keeps
// the result and draws from it): inside the unit at its most open point when the name fits there, else
// beside the unit in free space with a leader line (a callout), else nowhere. Names are placed in
// priority order and never overlap each other, a leader line, an overlay's box or the frame's edge.
// Pure: no font, no drawing, no clock; the text sizes come in from the caller.
#include "geodata/dataset.hpp"
#include "render/camera.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/System/Vector2.hpp>
#include <string>
#include <vector>

namespace render {

enum class Placement {
    Inside,  // on the unit's most open point, inside its borders
    Callout, // beside the unit, joined to its anchor by a leader line
    Dropped, // nowhere: no room that does not cover a more important name, an overlay or the edge
};

struct PlacedLabel {
    int unit = -1; // UnitVersion id
    std::string code;
    std::string text; // the name
    Placement placement = Placement::Dropped;
    /// The name's box in target pixels (whole pixels). For a dropped name where it would have gone
    /// (centred on the anchor), empty when the anchor is outside the frame.
    sf::FloatRect box;
    /// Callouts only: from the unit's anchor to the point of the box nearest to it.
    sf::Vector2f leaderFrom, leaderTo;
};

/// One unit to name.
struct LabelInput {
    const geodata::UnitVersion* unit = nullptr;
    /// The shape a name must fit in and that counts as land; null = unit->polygons. A simplified copy
    /// within a pixel of the true borders (a DetailLevel) gives the same answers for far less work.
    const std::vector<geodata::Polygon>* polygons = nullptr;
    sf::Vector2f textSize; // the name's box in pixels (LabelCache::bounds)
    double priority = 0;   // higher = placed first, and dropped last
};

struct LabelLayoutStyle {
    float gap = 2.0F; // pixels kept free around every name
    float reach =
        1.0F; // multiplies the leader lengths tried (with the text size, so they stay in proportion)
};

/// One PlacedLabel per input, in input order. `size` is the map's area in pixels (the camera's viewport),
/// `obstacles` the boxes overlays cover in the same pixels.
[[nodiscard]] std::vector<PlacedLabel> layoutLabels(const std::vector<LabelInput>& units,
                                                    const Camera& camera, sf::Vector2f size,
                                                    const std::vector<sf::FloatRect>& obstacles,
                                                    const LabelLayoutStyle& style = {});

} // namespace render
