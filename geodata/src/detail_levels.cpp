#include "detail_levels.hpp"

#include "coverage_simplifier.hpp"
#include "geometry_processing.hpp"
#include "parallel.hpp"

#include <algorithm>

namespace geodata {

namespace {

size_t vertexCount(const std::vector<Polygon>& polygons) {
    size_t n = 0;
    for (const Polygon& p : polygons) {
        n += p.outer.size();
        for (const Ring& hole : p.holes) n += hole.size();
    }
    return n;
}

template <class Items> std::vector<const std::vector<Polygon>*> polygonsOf(const Items& items) {
    std::vector<const std::vector<Polygon>*> out;
    out.reserve(items.size());
    for (const auto& item : items) out.push_back(&item.polygons);
    return out;
}

} // namespace

std::vector<double> detailTolerances(const Bounds& bounds) {
    const double pixel = std::max(bounds.width(), bounds.height()) / 2000.0;
    return {pixel, 3 * pixel, 9 * pixel};
}

std::vector<DetailLevel> buildDetailLevels(const Dataset& dataset) {
    std::vector<DetailLevel> levels;
    if (dataset.bounds.isEmpty()) return levels;
    CoverageSimplifier unitChains(polygonsOf(dataset.units));
    CoverageSimplifier contextChains(polygonsOf(dataset.context));
    size_t previous = 0;
    for (const UnitVersion& u : dataset.units) previous += vertexCount(u.polygons);
    for (const ContextFeature& f : dataset.context) previous += vertexCount(f.polygons);

    for (const double tolerance : detailTolerances(dataset.bounds)) {
        std::vector<std::vector<Polygon>> units = unitChains.simplify(tolerance);
        std::vector<std::vector<Polygon>> context = contextChains.simplify(tolerance);
        size_t count = 0;
        for (const auto& p : units) count += vertexCount(p);
        for (const auto& p : context) count += vertexCount(p);
        if (static_cast<double>(count) > kLevelKeepShare * static_cast<double>(previous)) continue;
        previous = count;

        DetailLevel level;
        level.tolerance = tolerance;
        level.units.resize(units.size());
        level.context.resize(context.size());
        for (size_t i = 0; i < units.size(); ++i) level.units[i].polygons = std::move(units[i]);
        for (size_t i = 0; i < context.size(); ++i) level.context[i].polygons = std::move(context[i]);
        const size_t shapes = level.units.size() + level.context.size();
        parallelFor(shapes, [&](size_t i, const GeosContext& local) {
            SimplifiedShape& s =
                i < level.units.size() ? level.units[i] : level.context[i - level.units.size()];
            s.triangles = triangulate(local, s.polygons);
        });
        // The shared borders of this level, with the years of the versions that have them.
        std::vector<UnitVersion> simplified(dataset.units.size());
        for (size_t i = 0; i < simplified.size(); ++i) {
            simplified[i].fromYear = dataset.units[i].fromYear;
            simplified[i].toYear = dataset.units[i].toYear;
            simplified[i].polygons = level.units[i].polygons;
        }
        level.borders = buildBorders(simplified);
        levels.push_back(std::move(level));
    }
    return levels;
}

} // namespace geodata
