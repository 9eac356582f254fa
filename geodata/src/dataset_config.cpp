#include "dataset_config.hpp"

#include "geodata/inside_folder.hpp"
#include "geodata/json_file.hpp"
#include "geodata/regular_file.hpp"
#include "geodata/text_file.hpp"
#include "vsi_files.hpp"

#include <algorithm>
#include <filesystem>
#include <vector>

namespace fs = std::filesystem;

namespace geodata {

using json::Json;

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
        if (vsi::exists(candidate.string())) return candidate.filename().string();
    }
    return std::nullopt;
}

// Reads one string member; a present member of the wrong type is an error.
bool readString(const Json& object, const char* key, std::string& out, std::string& error,
                const std::string& where) {
    if (!object.contains(key)) return true;
    if (!object[key].is_string()) {
        error = where + "/" + key + ": expected a string";
        return false;
    }
    out = object[key].get<std::string>();
    return true;
}

bool readLayer(const Json& object, LayerConfig& layer, std::string& error, const std::string& where,
               const std::string& folder) {
    if (!object.is_object()) {
        error = where + ": expected an object";
        return false;
    }
    bool ok = readString(object, "file", layer.file, error, where) &&
              readString(object, "layer", layer.layer, error, where);
    if (ok && object.contains("fields")) {
        const Json& f = object["fields"];
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
    if (ok)
        if (auto outside = outsideFolderProblem(layer.file, folder)) {
            error = where + "/file: " + *outside;
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
        for (const std::string& name : vsi::fileNames(folder.string()))
            if (isVectorFile(name) && fs::path(name).stem() != "context") candidates.push_back(name);
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
    // Through GDAL's file system, not std::filesystem, so an in-memory /vsimem/ folder loads too.
    if (!vsi::isFolder(folderName))
        return {std::nullopt, folderName,
                vsi::exists(folderName) ? "is not a folder" : "folder does not exist"};
    const fs::path configPath = folder / "dataset.json";
    if (!vsi::exists(configPath.string())) return fromConvention(folder);

    ConfigResult result;
    result.errorFile = configPath.string();
    if (auto kind = notRegularFile(configPath.string())) {
        result.error = *kind;
        return result;
    }
    if (auto outside = outsideFolderProblem("dataset.json", folderName)) {
        result.error = *outside;
        return result;
    }
    const std::optional<std::string> text = vsi::readFile(configPath.string());
    if (!text) {
        result.error = "cannot read the file, or it is larger than " + megabytes(kMaxTextFileBytes) +
                       ", the most a file of the data may hold";
        return result;
    }
    json::ParseResult parsed = json::parse(*text);
    if (!parsed.ok()) {
        result.error = parsed.error;
        return result;
    }
    if (!parsed.duplicates.empty()) {
        // dataset.json decides which files are the map: refuse rather than guess which one was meant.
        const json::DuplicateKey& d = parsed.duplicates.front();
        result.error = d.pointer + ": " + d.message() + "; keep one of them";
        if (parsed.duplicates.size() > 1)
            result.error += " (and " + std::to_string(parsed.duplicates.size() - 1) + " more repeated keys)";
        return result;
    }
    Json doc = std::move(parsed.value);
    if (!doc.is_object()) {
        result.error = "expected an object with \"units\", found " + json::describeType(doc);
        return result;
    }
    DatasetConfig config;
    config.title = folder.filename().string();
    std::string error;
    bool ok = readString(doc, "title", config.title, error, "") &&
              readString(doc, "attribution", config.attribution, error, "");
    if (ok && doc.contains("years")) {
        const Json& years = doc["years"];
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
    ok = ok && readLayer(doc["units"], config.units, error, "/units", folderName);
    if (ok && doc.contains("context") && !doc["context"].is_null()) {
        LayerConfig context;
        ok = readLayer(doc["context"], context, error, "/context", folderName);
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
