#include "lineage_builder.hpp"

#include "geometry_processing.hpp"
#include "parallel.hpp"

#include <algorithm>
#include <functional>
#include <memory>
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

Lineage buildLineage(const std::vector<UnitVersion>& units, const UnitShapes& shapes) {
    // Each version's sources are independent of the others': work them out on every core.
    std::vector<std::vector<LineageLink>> linksTo(units.size());
    parallelFor(units.size(), [&](size_t to, const GeosContext& geos) {
        const UnitVersion& later = units[to];
        const int year = later.fromYear;
        for (const UnitVersion& earlier : units) {
            // Territory moves only between versions that end here: a unit that kept its
            // boundary keeps its version, so only slivers could link it.
            if (earlier.toYear != year - 1 || !earlier.bounds.intersects(later.bounds)) continue;
            const double sliver = kSliverShare * std::min(earlier.areaM2, later.areaM2);
            // Neighbours' boxes overlap a little; their shapes can overlap no more than that.
            if (earlier.bounds.overlapArea(later.bounds) <= sliver) continue;
            // A version that only changed its kind keeps its shape: no need to intersect.
            const double shared =
                earlier.polygons == later.polygons
                    ? later.areaM2
                    : overlapArea(geos, shapes[static_cast<size_t>(earlier.id)].get(), shapes[to].get());
            if (shared > sliver) linksTo[to].push_back({earlier.id, later.id, year, shared});
        }
    });
    Lineage lineage;
    for (const auto& links : linksTo) lineage.links.insert(lineage.links.end(), links.begin(), links.end());
    return lineage;
}

std::vector<std::pair<std::string, std::string>> findNeighbours(const std::vector<UnitVersion>& units,
                                                                const UnitShapes& shapes, double tolerance) {
    std::vector<std::vector<std::pair<std::string, std::string>>> found(units.size());
    parallelFor(units.size(), [&](size_t i, const GeosContext& geos) {
        const UnitVersion& a = units[i];
        const Bounds reach = grown(a.bounds, tolerance);
        // Prepared once per unit: its indexed edges make each distance test against it cheap.
        std::unique_ptr<const GEOSPreparedGeometry, std::function<void(const GEOSPreparedGeometry*)>>
            prepared(GEOSPrepare_r(geos.handle(), shapes[i].get()), [&geos](const GEOSPreparedGeometry* g) {
                GEOSPreparedGeom_destroy_r(geos.handle(), g);
            });
        for (size_t j = i + 1; j < units.size(); ++j) {
            const UnitVersion& b = units[j];
            if (a.code == b.code || !reach.intersects(b.bounds)) continue;
            if (std::max(a.fromYear, b.fromYear) > std::min(a.toYear, b.toYear))
                continue; // never side by side
            if (GEOSPreparedDistanceWithin_r(geos.handle(), prepared.get(), shapes[j].get(), tolerance) == 1)
                found[i].push_back(std::minmax(a.code, b.code));
        }
    });
    std::set<std::pair<std::string, std::string>> pairs;
    for (const auto& list : found) pairs.insert(list.begin(), list.end());
    return {pairs.begin(), pairs.end()};
}

} // namespace geodata
