#pragma once
// What a picture shows where, as JSON for tests and checks (--layout-json): the size, the box of the map,
// every overlay's box and every unit name's placement. Read off the frame just drawn, not recomputed, so
// a report describes exactly the picture next to it.
#include "content/atlas.hpp"
#include "render/scene_renderer.hpp"
#include "ui/overlays.hpp"

#include <string>
#include <vector>

namespace app {

struct ReportLabel {
    std::string code;
    std::string text;
    std::string placement; // "inside", "callout" or "dropped"
    sf::FloatRect box;
};

struct LayoutReport {
    sf::Vector2u size;
    sf::FloatRect map; // the screen bounding box of all units drawn, within the picture
    Overlays overlays;
    std::vector<ReportLabel> labels;
    std::vector<std::string> units; // codes of the units valid in the year shown
};

/// The report of the frame `scene` drew last, from `snapshot`, on a target of `size`, with `extra` (a
/// mode's own cards, open panels) added to what the scene drew.
[[nodiscard]] LayoutReport layoutReport(const Atlas& atlas, const render::SceneRenderer& scene,
                                        const render::SceneSnapshot& snapshot, sf::Vector2u size,
                                        const Overlays& extra = {});

/// The report as the JSON the issue "an exhibition-grade picture" defines (boxes as [x0, y0, x1, y1]).
[[nodiscard]] std::string toJson(const LayoutReport& report);

/// Writes the report to `file`; false (with `error` saying why) when it cannot.
bool writeLayoutReport(const std::string& file, const LayoutReport& report, std::string& error);

} // namespace app
