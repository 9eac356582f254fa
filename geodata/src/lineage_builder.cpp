#include "lineage_builder.hpp"

#include "geometry_processing.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace geodata {

UnitShapes toShapes(const GeosContext& geos, const std::vector<UnitVersion>& units) {
    UnitShapes shapes;
    shapes.reserve(units.size());
    for (const UnitVersion& u : units) shapes.push_back(geos.toGeos(u.polygons));
    return shapes;
}

namespace {
Bounds grown(const Bounds& b, double by) { return {b.minX - by, b.minY - by, b.maxX + by, b.maxY + by}; }
} // namespace

Lineage buildLineage(const GeosContext& geos, const std::vector<UnitVersion>& units,
                     const UnitShapes& shapes) {

    // Group versions by their first year so each new version is compared only with its year's predecessors.
    std::map<int, std::vector<int>> startingIn;
    for (const UnitVersion& u : units) startingIn[u.fromYear].push_back(u.id);

    Lineage lineage;
    for (const auto& [year, newcomers] : startingIn) {
        for (int to : newcomers) {
            const UnitVersion& later = units[static_cast<size_t>(to)];
            for (const UnitVersion& earlier : units) {
                // Territory moves only between versions that end here: a unit that kept its
                // boundary keeps its version, so only slivers could link it.
                if (earlier.toYear != year - 1 || !earlier.bounds.intersects(later.bounds)) continue;
                const double sliver = kSliverShare * std::min(earlier.areaM2, later.areaM2);
                // Neighbours' boxes overlap a little; their shapes can overlap no more than that.
                if (earlier.bounds.overlapArea(later.bounds) <= sliver) continue;
                // A version that only changed its kind keeps its shape: no need to intersect.
                const double shared = earlier.polygons == later.polygons
                                          ? later.areaM2
                                          : overlapArea(geos, shapes[static_cast<size_t>(earlier.id)].get(),
                                                        shapes[static_cast<size_t>(to)].get());
                if (shared > sliver) lineage.links.push_back({earlier.id, to, year, shared});
            }
        }
    }
    return lineage;
}

std::vector<std::pair<std::string, std::string>> findNeighbours(const GeosContext& geos,
                                                                const std::vector<UnitVersion>& units,
                                                                const UnitShapes& shapes, double tolerance) {
    std::set<std::pair<std::string, std::string>> pairs;
    for (size_t i = 0; i < units.size(); ++i) {
        const UnitVersion& a = units[i];
        const Bounds reach = grown(a.bounds, tolerance);
        for (size_t j = i + 1; j < units.size(); ++j) {
            const UnitVersion& b = units[j];
            if (a.code == b.code || !reach.intersects(b.bounds)) continue;
            if (std::max(a.fromYear, b.fromYear) > std::min(a.toYear, b.toYear))
                continue; // never side by side
            auto key = std::minmax(a.code, b.code);
            if (pairs.count(key)) continue;
            double distance = 0.0;
            if (GEOSDistance_r(geos.handle(), shapes[i].get(), shapes[j].get(), &distance) &&
                distance <= tolerance)
                pairs.insert(key);
        }
    }
    return {pairs.begin(), pairs.end()};
}

} // namespace geodata
