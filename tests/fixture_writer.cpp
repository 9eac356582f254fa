#include "fixture_writer.hpp"

#include <algorithm>
#include <gtest/gtest.h>
#include <memory>
#include <stdexcept>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>
#pragma GCC diagnostic pop

namespace fixtures {

std::filesystem::path freshFolder() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    const std::filesystem::path folder = std::filesystem::temp_directory_path() / "tidsatlas-tests" /
                                         (std::string(info->test_suite_name()) + "." + info->name());
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    return folder;
}

void writeLayer(const std::filesystem::path& folder, const LayerSpec& spec) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(spec.driver.c_str());
    if (!driver) throw std::runtime_error("no OGR driver " + spec.driver);
    const std::string path = (folder / spec.fileName).string();
    GDALDatasetUniquePtr ds(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) throw std::runtime_error("cannot create " + path);
    OGRSpatialReference srs;
    if (spec.epsg) srs.importFromEPSG(spec.epsg);
    const std::string stem = std::filesystem::path(spec.fileName).stem().string();
    OGRLayer* layer = ds->CreateLayer(stem.c_str(), spec.epsg ? &srs : nullptr, wkbUnknown, nullptr);
    if (!layer) throw std::runtime_error("cannot create layer in " + path);
    auto omitted = [&](const char* f) {
        return std::find(spec.omitFields.begin(), spec.omitFields.end(), f) != spec.omitFields.end();
    };
    for (const char* f : {"code", "name", "kind"})
        if (!omitted(f)) {
            OGRFieldDefn def(f, OFTString);
            layer->CreateField(&def);
        }
    for (const char* f : {"from_year", "to_year"})
        if (!omitted(f)) {
            OGRFieldDefn def(f, spec.yearsAsText ? OFTString : OFTInteger);
            layer->CreateField(&def);
        }
    for (const Feature& f : spec.features) {
        OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        if (!omitted("code")) feature->SetField("code", f.code.c_str());
        if (!omitted("name")) feature->SetField("name", f.name.c_str());
        if (!omitted("kind")) feature->SetField("kind", f.kind.c_str());
        if (!omitted("from_year")) feature->SetField("from_year", f.fromYear);
        if (!omitted("to_year")) feature->SetField("to_year", f.toYear);
        if (!f.wkt.empty()) {
            OGRGeometry* geometry = nullptr;
            if (OGRGeometryFactory::createFromWkt(f.wkt.c_str(), nullptr, &geometry) != OGRERR_NONE)
                throw std::runtime_error("bad WKT in fixture: " + f.wkt);
            feature->SetGeometryDirectly(geometry);
        }
        if (layer->CreateFeature(feature.get()) != OGRERR_NONE)
            throw std::runtime_error("cannot write feature");
    }
}

} // namespace fixtures
