#include "lineage_builder.hpp"

#include "geodata/polygon_distance.hpp"
#include "geodata/shared_area.hpp"
#include "geometry_processing.hpp"
#include "parallel.hpp"
#include "segment_key.hpp"

#include <algorithm>
#include <set>

namespace geodata {

namespace {
Bounds grown(const Bounds& b, double by) { return {b.minX - by, b.minY - by, b.maxX + by, b.maxY + by}; }
} // namespace

Lineage buildLineage(const std::vector<UnitVersion>& units) {
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
            // A version that only changed its kind keeps its shape: no need to intersect. Borders
            // that meet only at common vertices (a coverage) give the area without an overlay.
            double shared = later.areaM2;
            if (earlier.polygons != later.polygons) {
                const std::optional<double> exact =
                    sharedAreaWithoutCrossings(earlier.polygons, later.polygons);
                // Otherwise GEOS overlays them. Its shapes are made for this pair only: in a coverage
                // no pair needs them, so a load no longer holds a GEOS copy of every version.
                shared = exact ? *exact
                               : overlapArea(geos, geos.toGeos(earlier.polygons).get(),
                                             geos.toGeos(later.polygons).get());
            }
            if (shared > sliver) linksTo[to].push_back({earlier.id, later.id, year, shared});
        }
    });
    Lineage lineage;
    for (const auto& links : linksTo) lineage.links.insert(lineage.links.end(), links.begin(), links.end());
    return lineage;
}

namespace {

bool validTogether(const UnitVersion& a, const UnitVersion& b) {
    return std::max(a.fromYear, b.fromYear) <= std::min(a.toYear, b.toYear);
}

std::pair<std::string, std::string> codePair(const UnitVersion& a, const UnitVersion& b) {
    return std::minmax(a.code, b.code);
}

// Code pairs whose versions, valid in a common year, have a vertex in common: they touch (distance 0),
// so they are neighbours at any tolerance without a distance test. In a coverage (neighbours share
// their borders vertex for vertex, as most boundary data does) this finds nearly all of them.
std::set<std::pair<std::string, std::string>> codesSharingAVertex(const std::vector<UnitVersion>& units) {
    struct Corner {
        Point p;
        int unit;
    };
    // Reserved exactly: one entry per vertex of every version (1.2 million for the 100× generated
    // data), and growing by doubling held up to twice that, 75 MB, at the peak of a cold load.
    size_t total = 0;
    for (const UnitVersion& u : units)
        for (const Polygon& polygon : u.polygons) {
            total += polygon.outer.size();
            for (const Ring& hole : polygon.holes) total += hole.size();
        }
    std::vector<Corner> corners;
    corners.reserve(total);
    for (const UnitVersion& u : units)
        for (const Polygon& polygon : u.polygons) {
            for (const Point& p : polygon.outer) corners.push_back({p, u.id});
            for (const Ring& hole : polygon.holes)
                for (const Point& p : hole) corners.push_back({p, u.id});
        }
    std::sort(corners.begin(), corners.end(), [](const Corner& a, const Corner& b) {
        return lessPoint(a.p, b.p) || (a.p == b.p && a.unit < b.unit);
    });
    std::set<std::pair<std::string, std::string>> pairs;
    for (size_t first = 0, end = 0; first < corners.size(); first = end) {
        end = first + 1;
        while (end < corners.size() && corners[end].p == corners[first].p) ++end;
        for (size_t i = first; i < end; ++i)
            for (size_t j = i + 1; j < end; ++j) {
                const UnitVersion& a = units[static_cast<size_t>(corners[i].unit)];
                const UnitVersion& b = units[static_cast<size_t>(corners[j].unit)];
                if (a.code != b.code && validTogether(a, b)) pairs.insert(codePair(a, b));
            }
    }
    return pairs;
}

} // namespace

std::vector<std::pair<std::string, std::string>> findNeighbours(const std::vector<UnitVersion>& units,
                                                                double tolerance) {
    const std::set<std::pair<std::string, std::string>> touching = codesSharingAVertex(units);
    // The rest (borders that do not coincide vertex for vertex, or that only come close) are
    // measured: every pair of versions valid together whose boxes come within reach.
    std::vector<std::vector<std::pair<std::string, std::string>>> found(units.size());
    parallelFor(units.size(), [&](size_t i, const GeosContext&) {
        const UnitVersion& a = units[i];
        const Bounds reach = grown(a.bounds, tolerance);
        for (size_t j = i + 1; j < units.size(); ++j) {
            const UnitVersion& b = units[j];
            if (a.code == b.code || !reach.intersects(b.bounds) || !validTogether(a, b)) continue;
            if (touching.contains(codePair(a, b))) continue; // known already
            if (withinDistance(a.polygons, b.polygons, tolerance)) found[i].push_back(codePair(a, b));
        }
    });
    std::set<std::pair<std::string, std::string>> pairs = touching;
    for (const auto& list : found) pairs.insert(list.begin(), list.end());
    return {pairs.begin(), pairs.end()};
}

} // namespace geodata
