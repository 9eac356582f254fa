#include "lineage_builder.hpp"

#include "geometry_processing.hpp"

#include <algorithm>
#include <map>

namespace geodata {

Lineage buildLineage(const GeosContext& geos, const std::vector<UnitVersion>& units) {
    std::vector<GeosContext::GeomPtr> shapes;
    shapes.reserve(units.size());
    for (const UnitVersion& u : units)
        shapes.push_back(geos.toGeos(u.polygons));

    // Group versions by their first year so each new version is compared only with its year's predecessors.
    std::map<int, std::vector<int>> startingIn;
    for (const UnitVersion& u : units)
        startingIn[u.fromYear].push_back(u.id);

    Lineage lineage;
    for (const auto& [year, newcomers] : startingIn) {
        for (int to : newcomers) {
            const UnitVersion& later = units[static_cast<size_t>(to)];
            for (const UnitVersion& earlier : units) {
                if (!earlier.validIn(year - 1) || !earlier.bounds.intersects(later.bounds)) continue;
                const double shared = overlapArea(geos, shapes[static_cast<size_t>(earlier.id)].get(),
                                                  shapes[static_cast<size_t>(to)].get());
                if (shared > kSliverShare * std::min(earlier.areaM2, later.areaM2))
                    lineage.links.push_back({earlier.id, to, year, shared});
            }
        }
    }
    return lineage;
}

} // namespace geodata
