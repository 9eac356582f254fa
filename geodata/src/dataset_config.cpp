#include "dataset_config.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <vector>

namespace fs = std::filesystem;
using nlohmann::json;

namespace geodata {

namespace {
// Vector formats we look for by convention; anything GDAL reads works through dataset.json.
const std::vector<std::string> kVectorExtensions = {".shp", ".gpkg", ".geojson", ".json",
                                                    ".fgb", ".gml",  ".kml"};

bool isVectorFile(const fs::path& p) {
    const std::string ext = p.extension().string();
    return p.filename() != "dataset.json" && p.filename() != "timeline.json" &&
           p.filename() != "story.json" &&
           std::find(kVectorExtensions.begin(), kVectorExtensions.end(), ext) != kVectorExtensions.end();
}

std::optional<std::string> findByStem(const fs::path& folder, const std::string& stem) {
    for (const std::string& ext : kVectorExtensions) {
        fs::path candidate = folder / (stem + ext);
        if (fs::exists(candidate)) return candidate.filename().string();
    }
    return std::nullopt;
}

// Reads one string member; a present member of the wrong type is an error.
bool readString(const json& object, const char* key, std::string& out, std::string& error,
                const std::string& where) {
    if (!object.contains(key)) return true;
    if (!object[key].is_string()) {
        error = where + "/" + key + ": expected a string";
        return false;
    }
    out = object[key].get<std::string>();
    return true;
}

bool readLayer(const json& object, LayerConfig& layer, std::string& error, const std::string& where) {
    if (!object.is_object()) {
        error = where + ": expected an object";
        return false;
    }
    bool ok = readString(object, "file", layer.file, error, where) &&
              readString(object, "layer", layer.layer, error, where);
    if (ok && object.contains("fields")) {
        const json& f = object["fields"];
        const std::string fw = where + "/fields";
        ok = f.is_object() && readString(f, "code", layer.codeField, error, fw) &&
             readString(f, "name", layer.nameField, error, fw) &&
             readString(f, "kind", layer.kindField, error, fw) &&
             readString(f, "from_year", layer.fromYearField, error, fw) &&
             readString(f, "to_year", layer.toYearField, error, fw);
        if (!f.is_object()) error = fw + ": expected an object";
    }
    if (ok && layer.file.empty()) {
        error = where + "/file: missing; name the layer's file relative to the folder";
        ok = false;
    }
    return ok;
}

ConfigResult fromConvention(const fs::path& folder) {
    ConfigResult result;
    DatasetConfig config;
    config.title = folder.filename().string();
    if (auto units = findByStem(folder, "municipalities")) {
        config.units.file = *units;
    } else {
        std::vector<std::string> candidates;
        for (const auto& entry : fs::directory_iterator(folder))
            if (entry.is_regular_file() && isVectorFile(entry.path()) && entry.path().stem() != "context")
                candidates.push_back(entry.path().filename().string());
        if (candidates.size() != 1) {
            result.errorFile = folder.string();
            result.error =
                candidates.empty()
                    ? "no boundary layer found (expected municipalities.shp, or one vector file, or a "
                      "dataset.json naming it)"
                    : "several vector files and no dataset.json to say which holds the units";
            return result;
        }
        config.units.file = candidates.front();
    }
    if (auto context = findByStem(folder, "context")) {
        LayerConfig layer;
        layer.file = *context;
        config.context = layer;
    }
    result.config = config;
    return result;
}
} // namespace

ConfigResult readDatasetConfig(const std::string& folderName) {
    const fs::path folder(folderName);
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) {
        return {std::nullopt, folderName,
                fs::exists(folder, ec) ? "is not a folder" : "folder does not exist"};
    }
    const fs::path configPath = folder / "dataset.json";
    if (!fs::exists(configPath)) return fromConvention(folder);

    ConfigResult result;
    result.errorFile = configPath.string();
    std::ifstream in(configPath);
    json doc = json::parse(in, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        result.error = "not valid JSON (expected an object with \"units\")";
        return result;
    }
    DatasetConfig config;
    config.title = folder.filename().string();
    std::string error;
    bool ok = readString(doc, "title", config.title, error, "") &&
              readString(doc, "attribution", config.attribution, error, "");
    if (ok && doc.contains("years")) {
        const json& years = doc["years"];
        if (!years.is_array() || years.size() != 2 || !years[0].is_number_integer() ||
            !years[1].is_number_integer() || years[0].get<int>() > years[1].get<int>()) {
            error = "/years: expected [first, last] as two whole years, first <= last";
            ok = false;
        } else {
            config.firstYear = years[0].get<int>();
            config.lastYear = years[1].get<int>();
        }
    }
    if (ok && !doc.contains("units")) {
        error = "/units: missing";
        ok = false;
    }
    ok = ok && readLayer(doc["units"], config.units, error, "/units");
    if (ok && doc.contains("context") && !doc["context"].is_null()) {
        LayerConfig context;
        ok = readLayer(doc["context"], context, error, "/context");
        config.context = context;
    }
    if (!ok) {
        result.error = error;
        return result;
    }
    result.config = config;
    return result;
}

} // namespace geodata
