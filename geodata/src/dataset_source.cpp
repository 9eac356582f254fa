#include "dataset_source.hpp"

#include "detail_levels.hpp"
#include "gdal_reader.hpp"
#include "geodata/framing.hpp"
#include "geometry_processing.hpp"
#include "lineage_builder.hpp"
#include "outlier_vertices.hpp"
#include "parallel.hpp"
#include "unit_overlaps.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <future>
#include <map>

namespace fs = std::filesystem;

namespace geodata {

namespace {

// Two versions of one code may not be valid in the same year: the model would not know which to draw.
std::optional<LoadError> checkVersionsDisjoint(const std::string& file,
                                               const std::vector<RawFeature>& features) {
    std::map<std::string, std::vector<const RawFeature*>> byCode;
    for (const RawFeature& f : features) byCode[f.code].push_back(&f);
    for (auto& [code, versions] : byCode) {
        std::sort(versions.begin(), versions.end(),
                  [](const RawFeature* a, const RawFeature* b) { return a->fromYear < b->fromYear; });
        for (size_t i = 1; i < versions.size(); ++i) {
            const RawFeature& a = *versions[i - 1];
            const RawFeature& b = *versions[i];
            if (b.fromYear <= a.toYear) {
                return LoadError{file, "features " + std::to_string(a.fid) + " and " + std::to_string(b.fid) +
                                           ": two versions of unit " + code + " overlap in time (" +
                                           std::to_string(a.fromYear) + "–" + std::to_string(a.toYear) +
                                           " and " + std::to_string(b.fromYear) + "–" +
                                           std::to_string(b.toYear) + ")"};
            }
        }
    }
    return std::nullopt;
}

// The fields and shapes as read; the derived geometry comes in addGeometry.
UnitVersion versionFrom(RawFeature&& raw, int id) {
    UnitVersion u;
    u.id = id;
    u.code = std::move(raw.code);
    u.name = std::move(raw.name);
    u.kind = std::move(raw.kind);
    u.fromYear = raw.fromYear;
    u.toYear = raw.toYear;
    u.polygons = std::move(raw.polygons);
    u.bounds = boundsOf(u.polygons);
    return u;
}

// Writes only the derived members, so the levels of detail may read polygons and years meanwhile.
void addGeometry(const GeosContext& geos, UnitVersion& u) {
    u.triangles = triangulate(geos, u.polygons);
    const LabelAnchor anchor = labelAnchor(geos, u.polygons);
    u.labelAnchor = anchor.centre;
    u.labelRadius = anchor.radius;
    for (const Polygon& p : u.polygons) u.areaM2 += polygonArea(p);
}

std::string number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", value);
    return text;
}

// The frame for "the whole map", and a warning for each unit left out of it: a mistyped coordinate the
// outlier check let through is found here, and a real remote exclave is one pan away, not lost.
void frameAndNameLeftOut(const std::string& file, Dataset& ds, const std::vector<long>& fids) {
    const Framing framing = frameUnits(ds.units);
    ds.frame = framing.frame;
    const Bounds& f = framing.frame;
    for (const int id : framing.leftOut) {
        const UnitVersion& u = ds.units[static_cast<size_t>(id)];
        ds.warnings.push_back(
            {file, fids[static_cast<size_t>(id)],
             u.fullName() + " (code " + u.code + ", " + std::to_string(u.fromYear) + "–" +
                 (u.toYear == kOpenEndYear ? std::string() : std::to_string(u.toYear)) + ", x " +
                 number(u.bounds.minX) + "–" + number(u.bounds.maxX) + ", y " + number(u.bounds.minY) + "–" +
                 number(u.bounds.maxY) + ") lies beyond open space wider than all the other units (x " +
                 number(f.minX) + "–" + number(f.maxX) + ", y " + number(f.minY) + "–" + number(f.maxY) +
                 "): the whole map is shown without it (zoom out to see it); a mistyped coordinate?"});
    }
}

} // namespace

LoadResult loadFromSource(const std::string& folder, const DatasetConfig& config) {
    LoadResult result;
    ProjectionChoice projection;
    const std::string unitsPath = (fs::path(folder) / config.units.file).string();
    RawLayer units = readLayer(unitsPath, config.units, FieldPolicy::Required, projection);
    if (units.error) {
        result.error = units.error;
        return result;
    }
    if (auto overlap = checkVersionsDisjoint(unitsPath, units.features)) {
        result.error = overlap;
        return result;
    }
    if (auto outlier = detail::farOutlierVertex(units.features)) {
        result.error = LoadError{unitsPath, *outlier};
        return result;
    }

    Dataset ds;
    ds.title = config.title;
    ds.attribution = config.attribution;
    ds.setYearRange(config.firstYear, config.lastYear);
    ds.warnings = std::move(units.warnings);
    ds.units.reserve(units.features.size());
    std::vector<long> fids;
    fids.reserve(units.features.size());
    for (RawFeature& raw : units.features) {
        fids.push_back(raw.fid);
        ds.units.push_back(versionFrom(std::move(raw), static_cast<int>(ds.units.size())));
    }
    ds.bounds = Bounds::empty();
    for (const UnitVersion& u : ds.units) ds.bounds.expand(u.bounds);

    if (config.context) {
        const std::string contextPath = (fs::path(folder) / config.context->file).string();
        RawLayer context = readLayer(contextPath, *config.context, FieldPolicy::Optional, projection);
        if (context.error) {
            // The map still works without its grey neighbours: report, don't fail.
            ds.warnings.push_back(
                {context.error->file, -1, context.error->message + " (context layer skipped)"});
        }
        for (LoadWarning& w : context.warnings) ds.warnings.push_back(std::move(w));
        ds.context.reserve(context.features.size());
        for (RawFeature& raw : context.features) {
            ContextFeature& f = ds.context.emplace_back();
            f.name = std::move(raw.name);
            f.fromYear = raw.fromYear;
            f.toYear = raw.toYear;
            f.polygons = std::move(raw.polygons);
            f.bounds = boundsOf(f.polygons);
        }
    }

    // The levels of detail read only polygons, years and the bounds, which stay as they are from
    // here on: they are built on a thread of their own while the rest is computed (their
    // simplification is one long serial GEOS call, which would leave a core idle).
    std::future<std::vector<DetailLevel>> levels =
        std::async(std::launch::async, [&ds] { return buildDetailLevels(ds); });
    parallelFor(ds.units.size() + ds.context.size(), [&](size_t i, const GeosContext& geos) {
        if (i < ds.units.size())
            addGeometry(geos, ds.units[i]);
        else
            ds.context[i - ds.units.size()].triangles =
                triangulate(geos, ds.context[i - ds.units.size()].polygons);
    });
    // After the areas are known: two units of one year on the same land would be counted and drawn twice.
    if (auto overlap = checkUnitsDisjoint(unitsPath, ds.units, fids)) {
        result.error = overlap;
        return result; // `levels` waits for its thread as it goes
    }
    frameAndNameLeftOut(unitsPath, ds, fids);
    ds.lineage = buildLineage(ds.units);
    ds.borders = buildBorders(ds.units);
    // Units closer than a thousandth of the region count as neighbours: the generalised borders
    // of two versions rarely coincide to the metre.
    ds.neighbours = findNeighbours(ds.units, std::max(ds.bounds.width(), ds.bounds.height()) / 1000.0);
    ds.levels = levels.get();
    result.dataset = std::move(ds);
    return result;
}

} // namespace geodata
