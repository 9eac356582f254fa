#include "unit_overlaps.hpp"

#include "disjoint_interiors.hpp"
#include "geodata/shared_area.hpp"
#include "geometry_processing.hpp"
#include "lineage_builder.hpp"
#include "parallel.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace geodata {

namespace {

struct Overlap {
    size_t a = 0, b = 0;
    double sharedM2 = 0;
};

std::string describe(const UnitVersion& u, long fid) {
    return "feature " + std::to_string(fid) + " (" + u.code + " " + u.fullName() + ", " +
           std::to_string(u.fromYear) + "–" +
           (u.toYear == kOpenEndYear ? std::string() : std::to_string(u.toYear)) + ")";
}

} // namespace

std::optional<LoadError> checkUnitsDisjoint(const std::string& file, const std::vector<UnitVersion>& units,
                                            const std::vector<long>& fids, OverlapCheckCounts* counts) {
    std::vector<OrientedShape> shapes;
    shapes.reserve(units.size());
    for (const UnitVersion& u : units) shapes.push_back(orientedShape(u.polygons));
    std::atomic<size_t> candidates{0};
    std::atomic<size_t> measured{0};
    std::vector<size_t> byMinX(units.size());
    std::iota(byMinX.begin(), byMinX.end(), size_t{0});
    std::sort(byMinX.begin(), byMinX.end(),
              [&](size_t i, size_t j) { return units[i].bounds.minX < units[j].bounds.minX; });
    std::vector<std::optional<Overlap>> found(units.size());
    parallelFor(byMinX.size(), [&](size_t k, const GeosContext& geos) {
        const UnitVersion& a = units[byMinX[k]];
        // Only boxes that start before this one ends can meet it.
        for (size_t m = k + 1; m < byMinX.size() && units[byMinX[m]].bounds.minX <= a.bounds.maxX; ++m) {
            const UnitVersion& b = units[byMinX[m]];
            if (a.code == b.code || std::max(a.fromYear, b.fromYear) > std::min(a.toYear, b.toYear)) continue;
            const double sliver = kSliverShare * std::min(a.areaM2, b.areaM2);
            if (!a.bounds.intersects(b.bounds) || a.bounds.overlapArea(b.bounds) <= sliver) continue;
            ++candidates;
            // Most candidates are neighbours that share a border and no land: cleared without a measurement.
            if (interiorsCannotMeet(shapes[byMinX[k]], shapes[byMinX[m]])) continue;
            ++measured;
            const std::optional<double> exact = sharedAreaWithoutCrossings(a.polygons, b.polygons);
            const double shared =
                exact ? *exact
                      : overlapArea(geos, geos.toGeos(a.polygons).get(), geos.toGeos(b.polygons).get());
            if (shared > sliver) {
                found[k] = Overlap{byMinX[k], byMinX[m], shared};
                return;
            }
        }
    });
    if (counts) *counts = {candidates.load(), measured.load()};
    for (const std::optional<Overlap>& o : found) {
        if (!o) continue;
        const auto [first, second] = std::minmax(o->a, o->b);
        const UnitVersion& a = units[first];
        const UnitVersion& b = units[second];
        char amount[96];
        std::snprintf(amount, sizeof amount, "%.2f km² in common, %.0f %% of the smaller", o->sharedM2 / 1e6,
                      100.0 * o->sharedM2 / std::min(a.areaM2, b.areaM2));
        return LoadError{file, describe(a, fids[first]) + " and " + describe(b, fids[second]) +
                                   " cover the same land in " +
                                   std::to_string(std::max(a.fromYear, b.fromYear)) + " (" + amount +
                                   "): in any one year each piece of land belongs to one unit (a copied "
                                   "polygon, or a version whose years should end earlier?)"};
    }
    return std::nullopt;
}

} // namespace geodata
