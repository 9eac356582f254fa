#include "layer_writer.hpp"

#include <filesystem>
#include <memory>
#include <sstream>
#include <stdexcept>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>
#pragma GCC diagnostic pop

namespace fs = std::filesystem;

namespace generator {

namespace {

std::string gdalError(const std::string& what) {
    const char* message = CPLGetLastErrorMsg();
    return what + ((message && *message) ? ": " + std::string(message) : std::string());
}

GDALDriver& vectorDriver(const std::string& format) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(format.c_str());
    if (!driver || !driver->GetMetadataItem(GDAL_DCAP_VECTOR))
        throw std::invalid_argument("--format '" + format +
                                    "': GDAL has no vector driver of that name (see ogrinfo --formats)");
    if (!driver->GetMetadataItem(GDAL_DCAP_CREATE))
        throw std::invalid_argument("--format '" + format + "': GDAL cannot create files in this format");
    return *driver;
}

// Fixed dates instead of today's, so that the same seed writes the same bytes on any day.
struct FixedTimestamps {
    FixedTimestamps() { CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE", "2000-01-01T00:00:00.000Z"); }
    ~FixedTimestamps() { CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE", nullptr); }
    FixedTimestamps(const FixedTimestamps&) = delete;
    FixedTimestamps& operator=(const FixedTimestamps&) = delete;
};

void addField(OGRLayer& layer, const char* name, OGRFieldType type, int width) {
    OGRFieldDefn field(name, type);
    field.SetWidth(width);
    if (layer.CreateField(&field) != OGRERR_NONE)
        throw std::runtime_error(gdalError("cannot add field " + std::string(name)));
}

} // namespace

std::string unitsFileName(const std::string& format) {
    GDALDriver& driver = vectorDriver(format);
    // The driver's main extension, unless its list has one named like the driver itself
    // (GeoJSON lists "json geojson"; .geojson says more than .json).
    std::string extension;
    if (const char* one = driver.GetMetadataItem(GDAL_DMD_EXTENSION); one && *one) extension = one;
    if (const char* many = driver.GetMetadataItem(GDAL_DMD_EXTENSIONS); many && *many) {
        std::istringstream list(many);
        std::string candidate;
        while (list >> candidate) {
            if (extension.empty()) extension = candidate;
            if (EQUAL(candidate.c_str(), format.c_str())) extension = candidate;
        }
    }
    if (extension.empty())
        throw std::invalid_argument("--format '" + format +
                                    "': the driver names no file extension, so it does not "
                                    "write a single file tidsatlas could open");
    return "units." + extension;
}

WrittenLayer writeUnitsLayer(const std::string& folder, const std::string& format,
                             const std::vector<Version>& versions, const VersionShapes& shapes,
                             const Progress& progress) {
    GDALDriver& driver = vectorDriver(format);
    WrittenLayer written{unitsFileName(format), "units"};
    const std::string path = (fs::path(folder) / written.file).string();
    const FixedTimestamps fixed;
    CPLErrorReset();
    GDALDatasetUniquePtr ds(driver.Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) throw std::runtime_error(gdalError(path + ": GDAL cannot create it"));

    OGRSpatialReference crs;
    crs.importFromEPSG(kProjectedEpsg);
    crs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER); // x = easting, as GEOS has it
    char** options = nullptr;
    if (format == "ESRI Shapefile") {
        options = CSLSetNameValue(options, "ENCODING", "UTF-8");
        options = CSLSetNameValue(options, "DBF_DATE_LAST_UPDATE", "2000-01-01");
    }
    OGRLayer* layer = ds->CreateLayer(written.layer.c_str(), &crs, wkbMultiPolygon, options);
    CSLDestroy(options);
    if (!layer) throw std::runtime_error(gdalError(path + ": cannot create the layer"));
    addField(*layer, "code", OFTString, 12);
    addField(*layer, "name", OFTString, 60);
    addField(*layer, "kind", OFTString, 20);
    addField(*layer, "from_year", OFTInteger, 4);
    addField(*layer, "to_year", OFTInteger, 4);

    const bool transaction = ds->TestCapability(ODsCTransactions) && ds->StartTransaction() == OGRERR_NONE;
    for (size_t i = 0; i < versions.size(); ++i) {
        const Version& v = versions[i];
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("code", v.code.c_str());
        feature.SetField("name", v.name.c_str());
        feature.SetField("kind", v.kind.c_str());
        feature.SetField("from_year", v.fromYear);
        feature.SetField("to_year", v.toYear);
        OGRGeometry* geometry = nullptr;
        const std::vector<unsigned char>& wkb = shapes.shapes[i].wkb;
        if (OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &geometry, wkb.size()) != OGRERR_NONE)
            throw std::runtime_error("unit " + v.code + ": GDAL cannot read the WKB GEOS wrote");
        feature.SetGeometryDirectly(OGRGeometryFactory::forceToMultiPolygon(geometry));
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            throw std::runtime_error(gdalError(path + ": cannot write unit " + v.code));
        if (i % 256 == 0) progress("writing", static_cast<double>(i) / static_cast<double>(versions.size()));
    }
    if (transaction && ds->CommitTransaction() != OGRERR_NONE)
        throw std::runtime_error(gdalError(path + ": cannot commit"));
    ds.reset(); // closes and flushes the file
    if (CPLGetLastErrorType() >= CE_Failure)
        throw std::runtime_error(gdalError(path + ": closing it failed"));
    progress("writing", 1.0);
    return written;
}

} // namespace generator
