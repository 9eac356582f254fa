#include "commands.hpp"

#include "map_scene.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>

namespace app {

void listUnits(const geodata::Dataset& dataset, int year, std::ostream& out) {
    for (const geodata::UnitVersion* u : dataset.unitsValidIn(year)) {
        const nlohmann::ordered_json line = {{"code", u->code},
                                             {"name", u->name},
                                             {"kind", u->kind},
                                             {"area_km2", std::round(u->areaM2 / 1e4) / 100.0}};
        out << line.dump() << '\n';
    }
}

int exportPng(const Atlas& atlas, const Strings& strings, const Options& options, int year) {
    const Size size = options.size;
    const std::string& file = options.exportPng;
    sf::RenderTexture texture;
    sf::ContextSettings settings;
    settings.antialiasingLevel = options.msaa;
    if (!texture.create(size.width, size.height, settings)) {
        std::fprintf(stderr, "tidsatlas: cannot create a %ux%u offscreen image (graphics driver)\n",
                     size.width, size.height);
        return 1;
    }
    MapScene scene(atlas, strings);
    scene.view = parseMapView(options.view);
    scene.frame.year = year;
    scene.smoothYear = year;
    scene.fitCamera({static_cast<float>(size.width), static_cast<float>(size.height)});
    scene.draw(texture);
    texture.display();
    if (!texture.getTexture().copyToImage().saveToFile(file)) {
        std::fprintf(stderr, "tidsatlas: cannot write %s\n", file.c_str());
        return 1;
    }
    std::fprintf(stderr, "tidsatlas: wrote %s (%ux%u, year %d)\n", file.c_str(), size.width, size.height,
                 year);
    return 0;
}

} // namespace app
