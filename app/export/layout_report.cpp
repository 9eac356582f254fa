#include "export/layout_report.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>

namespace app {

namespace {

nlohmann::json boxJson(const sf::FloatRect& r) {
    return nlohmann::json::array({r.left, r.top, r.left + r.width, r.top + r.height});
}

const char* placementName(render::Placement p) {
    switch (p) {
    case render::Placement::Inside:
        return "inside";
    case render::Placement::Callout:
        return "callout";
    case render::Placement::Dropped:
        break;
    }
    return "dropped";
}

} // namespace

LayoutReport layoutReport(const Atlas& atlas, const render::SceneRenderer& scene,
                          const render::SceneSnapshot& snapshot, sf::Vector2u size, const Overlays& extra) {
    LayoutReport r;
    r.size = size;
    addSceneOverlays(r.overlays, scene.lastLayout());
    r.overlays.insert(r.overlays.end(), extra.begin(), extra.end());
    const render::Camera& camera = snapshot.map.camera;
    for (const geodata::UnitVersion* u : atlas.dataset.unitsValidIn(snapshot.map.year)) {
        r.units.push_back(u->code);
        const sf::Vector2f a = camera.toScreen({u->bounds.minX, u->bounds.maxY});
        const sf::Vector2f b = camera.toScreen({u->bounds.maxX, u->bounds.minY});
        r.map = render::unionOf(r.map, {a.x, a.y, b.x - a.x, b.y - a.y});
    }
    // What the picture shows of them: a unit left out of the frame (geodata/framing.hpp) lies off it.
    sf::FloatRect shown;
    r.map = r.map.intersects({0, 0, static_cast<float>(size.x), static_cast<float>(size.y)}, shown)
                ? shown
                : sf::FloatRect{};
    for (const render::PlacedLabel& l : scene.map().lastLabels())
        r.labels.push_back({l.code, l.text, placementName(l.placement), l.box});
    return r;
}

std::string toJson(const LayoutReport& r) {
    nlohmann::json j;
    j["size"] = {r.size.x, r.size.y};
    j["map"] = {{"box", boxJson(r.map)}};
    j["overlays"] = nlohmann::json::array();
    for (const Overlay& o : r.overlays) j["overlays"].push_back({{"name", o.name}, {"box", boxJson(o.box)}});
    j["labels"] = nlohmann::json::array();
    for (const ReportLabel& l : r.labels)
        j["labels"].push_back(
            {{"code", l.code}, {"text", l.text}, {"placement", l.placement}, {"box", boxJson(l.box)}});
    j["units"] = r.units;
    return j.dump(1);
}

bool writeLayoutReport(const std::string& file, const LayoutReport& report, std::string& error) {
    std::ofstream out(file);
    if (out) out << toJson(report) << '\n';
    if (!out) {
        error = "cannot write " + file + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

} // namespace app
