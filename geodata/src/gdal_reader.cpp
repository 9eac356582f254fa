#include "gdal_reader.hpp"

#include "geodata/text_encoding.hpp"
#include "vsi_files.hpp"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>
#pragma GCC diagnostic pop

namespace fs = std::filesystem;

namespace geodata {

namespace {

// GDAL prints to stderr by default; we report its last message in our own words instead.
struct QuietGdalErrors {
    QuietGdalErrors() { CPLPushErrorHandler(CPLQuietErrorHandler); }
    ~QuietGdalErrors() { CPLPopErrorHandler(); }
    QuietGdalErrors(const QuietGdalErrors&) = delete;
    QuietGdalErrors& operator=(const QuietGdalErrors&) = delete;
};

std::string gdalMessage(const char* fallback) {
    const char* msg = CPLGetLastErrorMsg();
    return (msg && *msg) ? std::string(msg) : std::string(fallback);
}

Ring toRing(const OGRLinearRing& ring) {
    Ring out;
    out.reserve(static_cast<size_t>(ring.getNumPoints()));
    for (int i = 0; i < ring.getNumPoints(); ++i) out.push_back({ring.getX(i), ring.getY(i)});
    if (out.size() > 1 && out.front() == out.back()) out.pop_back(); // our rings are implicitly closed
    return out;
}

void collectPolygons(const OGRGeometry& geometry, std::vector<Polygon>& out) {
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPolygon: {
        const auto& polygon = *geometry.toPolygon();
        if (polygon.IsEmpty() || !polygon.getExteriorRing()) return;
        Polygon p;
        p.outer = toRing(*polygon.getExteriorRing());
        for (int i = 0; i < polygon.getNumInteriorRings(); ++i)
            p.holes.push_back(toRing(*polygon.getInteriorRing(i)));
        if (p.outer.size() >= 3) out.push_back(std::move(p));
        return;
    }
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const OGRGeometry* part : *geometry.toGeometryCollection()) collectPolygons(*part, out);
        return;
    default: // lines and points left over by MakeValid carry no area: drop them
        return;
    }
}

// A local equal-area projection centred on the data, so areas in km² are right anywhere.
std::string localProjectionFor(OGRLayer& layer, const OGRSpatialReference& source) {
    OGREnvelope env;
    if (layer.GetExtent(&env, TRUE) != OGRERR_NONE) return {};
    OGRSpatialReference traditional(source);
    traditional.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference laea;
    laea.SetGeogCS(nullptr, nullptr, nullptr, SRS_WGS84_SEMIMAJOR, SRS_WGS84_INVFLATTENING);
    laea.CopyGeogCSFrom(&source);
    laea.SetLAEA((env.MinY + env.MaxY) / 2, (env.MinX + env.MaxX) / 2, 0, 0);
    char* wkt = nullptr;
    laea.exportToWkt(&wkt);
    std::string result = wkt ? wkt : "";
    CPLFree(wkt);
    return result;
}

// The .prj (or a GeoJSON's implied WGS 84) says longitude/latitude, but the coordinates are far outside
// ±180/±90: metres with the wrong .prj beside them. Reprojecting failed with "err = 4098" and PROJ's own
// lines ("laea: Invalid value for lat_0"); this says it in words, with the extent.
std::string notDegrees(OGRLayer& layer, const OGRSpatialReference& source, const std::string& path) {
    OGREnvelope env;
    if (layer.GetExtent(&env, TRUE) != OGRERR_NONE) return {};
    // A slack of a degree: some data sets run a little past the antimeridian.
    if (std::abs(env.MinX) <= 181 && std::abs(env.MaxX) <= 181 && std::abs(env.MinY) <= 91 &&
        std::abs(env.MaxY) <= 91)
        return {};
    char extent[160];
    std::snprintf(extent, sizeof extent, "x from %.0f to %.0f, y from %.0f to %.0f", env.MinX, env.MaxX,
                  env.MinY, env.MaxY);
    const char* name = source.GetName();
    const bool shapefile = fs::path(path).extension() == ".shp";
    return std::string("the coordinates are not degrees (") + extent + "), yet " +
           (shapefile ? "the .prj says" : "the file's coordinate system says") + " longitude/latitude" +
           (name && *name ? std::string(" (") + name + ")" : "") +
           (shapefile ? "; give it the .prj of the system the coordinates are in"
                      : "; give the file the coordinate system its numbers are in");
}

// GDAL's message when a shape's bytes lie past the end of a cut-off .shp ("Error in fread() reading
// object of size 3568 at offset 88476 from .shp file"), turned into words; empty for anything else.
std::string endsEarly(const std::string& path) {
    const std::string message = CPLGetLastErrorMsg();
    unsigned long size = 0, offset = 0;
    if (std::sscanf(message.c_str(), "Error in fread() reading object of size %lu at offset %lu", &size,
                    &offset) != 2)
        return {};
    std::error_code ec;
    const auto bytes = fs::file_size(path, ec);
    return "the file ends early: this shape is at bytes " + std::to_string(offset) + "–" +
           std::to_string(offset + size) + ", but the file " +
           (ec ? std::string("is shorter") : "has only " + std::to_string(bytes) + " bytes") +
           " (cut off while copying?); copy the .shp again";
}

// No map on Earth needs coordinates beyond 100 000 km (projected CRSs stay within ±2·10⁷ m, and geographic
// data is reprojected to metres first). Anything further is a damaged file, and it is refused: GEOS 3.11's
// maximum inscribed circle (the label anchor) lays a grid over the bounding box whose cells are the size of
// the shorter side, so a single vertex at y = 10²⁴² never finished loading (found by fuzz_shapefile).
constexpr double kMaxCoordinate = 1e8;

bool onAnyMap(double v) { return std::isfinite(v) && std::abs(v) <= kMaxCoordinate; }

// printf writes NaN as "nan" or "-nan" by its sign bit, which means nothing here.
std::string coordinateText(double v) {
    if (std::isnan(v)) return "NaN";
    char text[32];
    std::snprintf(text, sizeof text, "%g", v);
    return text;
}

// Why a vertex of the (multi)polygon cannot be on a map, or nullopt when all can. Every vertex is looked
// at, not the envelope: an envelope passes over NaN, and one NaN y (found by fuzz_shapefile) made the
// shared-border index lose a segment, since NaN equals nothing, not even itself.
std::optional<std::string> coordinateProblem(const OGRGeometry& geometry) {
    const bool multi = wkbFlatten(geometry.getGeometryType()) == wkbMultiPolygon;
    const int parts = multi ? geometry.toMultiPolygon()->getNumGeometries() : 1;
    for (int part = 0; part < parts; ++part) {
        const OGRPolygon& polygon =
            multi ? *geometry.toMultiPolygon()->getGeometryRef(part) : *geometry.toPolygon();
        int ringIndex = 0;
        for (const OGRLinearRing* ring : polygon) {
            for (int i = 0; i < ring->getNumPoints(); ++i) {
                if (onAnyMap(ring->getX(i)) && onAnyMap(ring->getY(i))) continue;
                char where[96];
                std::snprintf(where, sizeof where, "polygon %d, ring %d (%s), vertex %d is (", part,
                              ringIndex, ringIndex == 0 ? "the outer one" : "a hole", i);
                return where + coordinateText(ring->getX(i)) + ", " + coordinateText(ring->getY(i)) +
                       "), not on any map (not a number, or more than 100 000 km from "
                       "the origin); the geometry is damaged";
            }
            ++ringIndex;
        }
    }
    return std::nullopt;
}

struct FieldIndexes {
    int code = -1, name = -1, kind = -1, fromYear = -1, toYear = -1;
};

bool isIntegerType(OGRFieldType t) { return t == OFTInteger || t == OFTInteger64 || t == OFTReal; }
bool isTextType(OGRFieldType t) { return t == OFTString || t == OFTInteger || t == OFTInteger64; }

// Finds the configured fields and checks their types; returns an error message or empty.
std::string resolveFields(OGRFeatureDefn& defn, const LayerConfig& config, FieldPolicy policy,
                          FieldIndexes& idx) {
    struct Want {
        const std::string& name;
        int* index;
        bool integer;
        bool required;
    };
    const bool req = policy == FieldPolicy::Required;
    const Want wants[] = {{config.codeField, &idx.code, false, req},
                          {config.nameField, &idx.name, false, req},
                          {config.kindField, &idx.kind, false, false},
                          {config.fromYearField, &idx.fromYear, true, req},
                          {config.toYearField, &idx.toYear, true, req}};
    for (const Want& want : wants) {
        if (want.name.empty()) continue;
        *want.index = defn.GetFieldIndex(want.name.c_str());
        if (*want.index < 0) {
            if (want.required) return "required field '" + want.name + "' is missing";
            continue;
        }
        const OGRFieldType type = defn.GetFieldDefn(*want.index)->GetType();
        const bool ok = want.integer ? isIntegerType(type) : isTextType(type);
        if (!ok) {
            return "field '" + want.name + "' has type " + OGRFieldDefn::GetFieldTypeName(type) +
                   ", expected " + (want.integer ? "an integer year" : "text");
        }
    }
    return {};
}

// Reads a year field; a NULL or non-integral value is an error for the unit layer, and so is one beyond
// ±kOpenEndYear: casting 1e300 (a GeoJSON number, read as a Real field) to int is undefined behaviour.
bool readYear(const OGRFeature& f, int index, int fallback, int& out) {
    if (index < 0 || !f.IsFieldSetAndNotNull(index)) {
        out = fallback;
        return index < 0;
    }
    const double value = f.GetFieldAsDouble(index);
    if (value != std::floor(value) || std::abs(value) > kOpenEndYear) return false;
    out = static_cast<int>(value);
    return true;
}

// The file that holds a layer's attribute text: a shapefile's .dbf, else the layer's file.
std::string textFileOf(const std::string& path) {
    if (fs::path(path).extension() != ".shp") return path;
    return fs::path(path).replace_extension(".dbf").string();
}

std::string encodingAdvice(const std::string& path) {
    const fs::path cpg = fs::path(path).replace_extension(".cpg");
    const std::string found = "text that is not UTF-8, read as Windows-1252 (ISO-8859-1)";
    if (fs::path(path).extension() != ".shp") return found + "; save the file as UTF-8";
    if (vsi::exists(cpg.string()))
        return found + ", although " + cpg.filename().string() + " names another encoding; correct it";
    return found + " since no " + cpg.filename().string() + " says its encoding; add " +
           cpg.filename().string() + " holding 1252 (or UTF-8, if the text is re-saved so) to say it";
}

} // namespace

RawLayer readLayer(const std::string& path, const LayerConfig& config, FieldPolicy policy,
                   ProjectionChoice& projection) {
    RawLayer result;
    auto fail = [&](const std::string& message) {
        result.error = LoadError{path, message};
        return result;
    };
    // vsi:: rather than std::filesystem, so in-memory (/vsimem/) layers are read like files on disk.
    if (!vsi::exists(path)) return fail("file does not exist");
    if (fs::path(path).extension() == ".shp") {
        fs::path dbf = fs::path(path).replace_extension(".dbf");
        if (!vsi::exists(dbf.string()) && !vsi::exists(fs::path(path).replace_extension(".DBF").string()))
            return fail("the attribute table " + dbf.filename().string() + " is missing beside it");
    }
    GDALAllRegister();
    CPLErrorReset();
    GDALDatasetUniquePtr ds;
    {
        const QuietGdalErrors quiet;
        ds.reset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    }
    if (!ds)
        return fail("GDAL cannot read it as vector data: " + gdalMessage("unknown format or damaged file"));

    OGRLayer* layer = config.layer.empty() ? ds->GetLayer(0) : ds->GetLayerByName(config.layer.c_str());
    if (!layer)
        return fail(config.layer.empty() ? "holds no layer" : "has no layer named '" + config.layer + "'");

    FieldIndexes idx;
    if (std::string err = resolveFields(*layer->GetLayerDefn(), config, policy, idx); !err.empty())
        return fail(err);

    // Decide the dataset's CRS from the first layer read; later layers follow it.
    const OGRSpatialReference* source = layer->GetSpatialRef();
    std::unique_ptr<OGRCoordinateTransformation> transform;
    const QuietGdalErrors
        quietProj; // PROJ's own lines ("laea: Invalid value for lat_0") say nothing to a curator
    // Said at the first shape to reproject, so a feature's own errors (its years, its type) come first.
    const std::string notDegreesProblem =
        source && source->IsGeographic() ? notDegrees(*layer, *source, path) : std::string();
    if (!source) {
        result.warnings.push_back({path, -1, "layer has no CRS; assuming projected coordinates in metres"});
    } else {
        if (projection.targetWkt.empty() && source->IsGeographic())
            projection.targetWkt = localProjectionFor(*layer, *source);
        if (!projection.targetWkt.empty()) {
            OGRSpatialReference target;
            target.importFromWkt(projection.targetWkt.c_str());
            target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            OGRSpatialReference src(*source);
            src.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            if (!src.IsSame(&target)) transform.reset(OGRCreateCoordinateTransformation(&src, &target));
        }
    }

    // Text that is not UTF-8 is decoded as Windows-1252, with one warning for the file naming the first
    // place and what to add (the names would otherwise be garbled, and `--list` refused them).
    bool encodingWarned = false;
    const auto text = [&](const OGRFeature& feature, int index, const char* field) {
        std::string value = feature.GetFieldAsString(index);
        if (isValidUtf8(value)) return value;
        if (!encodingWarned) {
            encodingWarned = true;
            result.warnings.push_back({textFileOf(path), static_cast<long>(feature.GetFID()),
                                       std::string("field '") + field + "': " + encodingAdvice(path)});
        }
        return decodeText(value).text;
    };
    const QuietGdalErrors quiet; // GDAL's message goes into ours instead of stderr
    CPLErrorReset();
    for (auto& feature : *layer) {
        RawFeature raw;
        raw.fid = static_cast<long>(feature->GetFID());
        auto where = [&](const std::string& what) {
            return "feature " + std::to_string(raw.fid) + ": " + what;
        };
        if (idx.code >= 0) raw.code = text(*feature, idx.code, config.codeField.c_str());
        if (idx.name >= 0) raw.name = text(*feature, idx.name, config.nameField.c_str());
        if (idx.kind >= 0) raw.kind = text(*feature, idx.kind, config.kindField.c_str());
        const bool yearsOk = readYear(*feature, idx.fromYear, 0, raw.fromYear) &&
                             readYear(*feature, idx.toYear, kOpenEndYear, raw.toYear);
        if (policy == FieldPolicy::Required) {
            if (raw.code.empty()) return fail(where("empty unit code"));
            if (!yearsOk)
                return fail(where("year fields must hold whole years from -" + std::to_string(kOpenEndYear) +
                                  " to " + std::to_string(kOpenEndYear)));
            if (raw.fromYear > raw.toYear)
                return fail(where("from_year " + std::to_string(raw.fromYear) + " is after to_year " +
                                  std::to_string(raw.toYear)));
        }
        OGRGeometry* geometry = feature->GetGeometryRef();
        if (!geometry || geometry->IsEmpty()) {
            // A shapefile cut off by a copy that stopped reads as empty shapes from the cut on: say so.
            if (auto cut = endsEarly(path); !cut.empty()) return fail(where(cut));
            if (policy == FieldPolicy::Required) return fail(where("empty geometry"));
            continue;
        }
        const auto type = wkbFlatten(geometry->getGeometryType());
        if (type != wkbPolygon && type != wkbMultiPolygon) {
            if (policy == FieldPolicy::Required)
                return fail(where(std::string("geometry is a ") +
                                  OGRGeometryTypeToName(geometry->getGeometryType()) +
                                  ", expected a polygon"));
            continue;
        }
        std::unique_ptr<OGRGeometry> owned(geometry->clone());
        owned->flattenTo2D();
        if (!notDegreesProblem.empty()) return fail(notDegreesProblem);
        if (transform && owned->transform(transform.get()) != OGRERR_NONE)
            return fail(where("cannot reproject: " + gdalMessage("transformation failed")));
        if (auto problem = coordinateProblem(*owned)) {
            if (policy == FieldPolicy::Required) return fail(where(*problem));
            result.warnings.push_back({path, raw.fid, *problem + "; feature skipped"});
            continue;
        }
        if (!owned->IsValid()) {
            std::unique_ptr<OGRGeometry> repaired(owned->MakeValid());
            if (repaired) {
                owned = std::move(repaired);
                result.warnings.push_back({path, raw.fid, "invalid geometry repaired"});
            }
        }
        collectPolygons(*owned, raw.polygons);
        if (raw.polygons.empty()) {
            if (policy == FieldPolicy::Required) return fail(where("geometry has no area after repair"));
            continue;
        }
        result.features.push_back(std::move(raw));
    }
    if (policy == FieldPolicy::Required && result.features.empty()) return fail("layer has no features");
    return result;
}

} // namespace geodata
