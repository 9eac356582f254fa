// JSON-stat 2.0 datasets (json-stat.org/full), the format of SCB's PxWebApi 2 ("outputFormat=json-stat2"),
// Statistics Norway, Statistics Denmark and Eurostat. The parts used here:
//   "id": ["Region", "ContentsCode", "Tid"], "size": [2, 1, 3]      dimension order and sizes
//   "dimension": {"Region": {"label": "region", "category": {
//        "index": ["0127", "0128"]  or  {"0127": 0, "0128": 1}     category order (optional for one category)
//        "label": {"0127": "Botkyrka", …}}}, …}
//   "role": {"geo": ["Region"], "time": ["Tid"], "metric": ["ContentsCode"]}      optional
//   "value": [v0, v1, …]  or  {"0": v0, "5": v5}                    row-major, the last dimension fastest;
//                                                                   null or absent = no figure
//   "status": ".."  or  [".", …] (one for all, or one each)  or  {"5": ".."}
// A JSON-stat 1.x bundle ({"name": {dataset}}) and a 2.0 collection with one embedded dataset are read too.
#include "csv_rows.hpp"
#include "geodata/population_import.hpp"
#include "source_table_common.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

namespace geodata {

namespace {

using Json = nlohmann::json;

struct Dimension {
    std::string id;
    std::string label;
    std::vector<std::string> categories; // in index order
    std::map<std::string, std::string> labels;
};

// The dataset object inside whatever wraps it; nullptr with `error` set when there is none.
const Json* findDataset(const Json& root, std::string& error) {
    if (!root.is_object()) {
        error = "not a JSON-stat document (the top level is not an object)";
        return nullptr;
    }
    const std::string cls = root.value("class", "");
    if (cls == "dataset") return &root;
    if (cls == "collection") {
        const Json* found = nullptr;
        int count = 0;
        if (root.contains("link") && root["link"].contains("item") && root["link"]["item"].is_array())
            for (const Json& item : root["link"]["item"])
                if (item.is_object() && item.value("class", "") == "dataset" && item.contains("dimension")) {
                    found = &item;
                    ++count;
                }
        if (count == 1) return found;
        error = count == 0 ? "a JSON-stat collection without an embedded dataset; fetch the dataset itself"
                           : "a JSON-stat collection with " + std::to_string(count) +
                                 " datasets; fetch one table at a time";
        return nullptr;
    }
    if (cls.empty()) { // JSON-stat 1.x: a bundle of named datasets
        const Json* found = nullptr;
        int count = 0;
        for (const auto& [name, item] : root.items())
            if (item.is_object() && item.contains("dimension")) {
                found = &item;
                ++count;
            }
        if (count == 1) return found;
        if (count > 1) {
            error =
                "a JSON-stat bundle with " + std::to_string(count) + " datasets; fetch one table at a time";
            return nullptr;
        }
    }
    error = cls.empty() ? "not a JSON-stat dataset (no \"class\": \"dataset\" and no dataset inside)"
                        : "JSON-stat class '" + cls + "' holds no figures; fetch a dataset";
    return nullptr;
}

// Reads one dimension's categories in index order.
bool readDimension(const std::string& id, const Json& node, Dimension& dim, std::string& error) {
    dim.id = id;
    dim.label = node.is_object() ? node.value("label", id) : id;
    if (!node.is_object() || !node.contains("category") || !node["category"].is_object()) {
        error = "dimension '" + id + "' has no category";
        return false;
    }
    const Json& category = node["category"];
    if (category.contains("label") && category["label"].is_object())
        for (const auto& [key, value] : category["label"].items())
            if (value.is_string()) dim.labels[key] = value.get<std::string>();
    if (category.contains("index")) {
        const Json& index = category["index"];
        if (index.is_array()) {
            for (const Json& c : index) {
                if (!c.is_string()) {
                    error = "dimension '" + id + "': category index holds a non-string";
                    return false;
                }
                dim.categories.push_back(c.get<std::string>());
            }
        } else if (index.is_object()) {
            dim.categories.resize(index.size());
            for (const auto& [key, pos] : index.items()) {
                if (!pos.is_number_integer() || pos.get<long long>() < 0 ||
                    pos.get<size_t>() >= dim.categories.size() ||
                    !dim.categories[pos.get<size_t>()].empty()) {
                    error = "dimension '" + id + "': category index of '" + key + "' is not a free position";
                    return false;
                }
                dim.categories[pos.get<size_t>()] = key;
            }
        } else {
            error = "dimension '" + id + "': category index is neither an array nor an object";
            return false;
        }
    } else if (dim.labels.size() == 1) { // allowed for a single category
        dim.categories.push_back(dim.labels.begin()->first);
    } else {
        error = "dimension '" + id + "' has no category index";
        return false;
    }
    return true;
}

std::optional<std::string> roleOf(const Json& dataset, const char* role) {
    for (const Json* holder : {&dataset, dataset.contains("dimension") ? &dataset["dimension"] : nullptr}) {
        if (!holder || !holder->contains("role") || !(*holder)["role"].is_object()) continue;
        const Json& r = (*holder)["role"];
        if (r.contains(role) && r[role].is_array() && r[role].size() == 1 && r[role][0].is_string())
            return r[role][0].get<std::string>();
    }
    return std::nullopt;
}

std::optional<size_t> dimensionByName(const std::vector<Dimension>& dims,
                                      std::initializer_list<const char*> names) {
    for (size_t i = 0; i < dims.size(); ++i)
        for (const char* n : names)
            if (csv::lower(dims[i].id) == n) return i;
    return std::nullopt;
}

std::string valueText(const Json& v) {
    if (v.is_null()) return "null";
    if (v.is_string()) return v.get<std::string>();
    return v.dump();
}

} // namespace

ImportTable readJsonStat(const std::string& path) {
    ImportTable table;
    table.file = path;
    table.format = "JSON-stat";
    try {
        const auto bytes = import_detail::readFile(path);
        if (!bytes) {
            table.error = "cannot open the file";
            return table;
        }
        Json root;
        try {
            root = Json::parse(*bytes);
        } catch (const Json::parse_error& e) {
            table.error = std::string("invalid JSON: ") + e.what();
            return table;
        }
        std::string error;
        const Json* found = findDataset(root, error);
        if (!found) {
            table.error = error;
            return table;
        }
        const Json& ds = *found;
        table.format = ds.contains("version") ? "JSON-stat " + valueText(ds["version"]) : "JSON-stat 1.x";
        if (ds.contains("label") && ds["label"].is_string()) table.title = ds["label"].get<std::string>();

        const Json* dimRoot =
            ds.contains("dimension") && ds["dimension"].is_object() ? &ds["dimension"] : nullptr;
        const Json* ids = ds.contains("id")                    ? &ds["id"]
                          : dimRoot && dimRoot->contains("id") ? &(*dimRoot)["id"]
                                                               : nullptr;
        const Json* sizes = ds.contains("size")                    ? &ds["size"]
                            : dimRoot && dimRoot->contains("size") ? &(*dimRoot)["size"]
                                                                   : nullptr;
        if (!dimRoot || !ids || !sizes || !ids->is_array() || !sizes->is_array() ||
            ids->size() != sizes->size()) {
            table.error = "the dataset needs \"id\", \"size\" (arrays of the same length) and \"dimension\"";
            return table;
        }
        std::vector<Dimension> dims;
        std::vector<size_t> size;
        for (size_t i = 0; i < ids->size(); ++i) {
            if (!(*ids)[i].is_string() || !(*sizes)[i].is_number_unsigned()) {
                table.error = "\"id\" must hold strings and \"size\" counts";
                return table;
            }
            const std::string id = (*ids)[i].get<std::string>();
            Dimension dim;
            if (!dimRoot->contains(id) || !readDimension(id, (*dimRoot)[id], dim, error)) {
                table.error =
                    dimRoot->contains(id) ? error : "dimension '" + id + "' is named in \"id\" but missing";
                return table;
            }
            size.push_back((*sizes)[i].get<size_t>());
            if (dim.categories.size() != size.back()) {
                table.error = "dimension '" + id + "' has " + std::to_string(dim.categories.size()) +
                              " categories but \"size\" says " + std::to_string(size.back());
                return table;
            }
            dims.push_back(std::move(dim));
        }

        auto locate = [&](const char* role,
                          std::initializer_list<const char*> names) -> std::optional<size_t> {
            if (const auto id = roleOf(ds, role))
                for (size_t i = 0; i < dims.size(); ++i)
                    if (dims[i].id == *id) return i;
            return dimensionByName(dims, names);
        };
        const auto geo = locate("geo", {"region", "geo", "kommun", "municipality", "area", "omrade"});
        const auto time = locate("time", {"tid", "time", "year", "ar", "\xC3\xA5r", "aar"});
        std::string list;
        for (const auto& d : dims) list += (list.empty() ? "" : ", ") + d.id;
        if (!geo || !time || *geo == *time) {
            table.error = std::string("cannot tell which dimension holds the ") +
                          (!geo ? "regions" : "years") + " (dimensions: " + list +
                          "); JSON-stat's \"role\" (geo, time) names them";
            return table;
        }
        for (size_t i = 0; i < dims.size(); ++i) {
            if (i == *geo || i == *time) continue;
            const Dimension& d = dims[i];
            if (d.categories.size() != 1) {
                std::string cats;
                for (const auto& c : d.categories) {
                    const auto l = d.labels.find(c);
                    cats += (cats.empty() ? "" : ", ") + c +
                            (l != d.labels.end() && l->second != c ? " " + l->second : "");
                }
                table.error = "dimension '" + d.id + "' (" + d.label + ") has " +
                              std::to_string(d.categories.size()) + " categories (" + cats +
                              "): fetch the table with one of them, or its total";
                return table;
            }
            const auto l = d.labels.find(d.categories.front());
            table.contents += (table.contents.empty() ? "" : ", ") +
                              (l != d.labels.end() ? l->second : d.categories.front());
        }
        std::vector<int> years;
        for (const std::string& c : dims[*time].categories) {
            auto year = import_detail::parseYear(c);
            if (!year)
                if (const auto l = dims[*time].labels.find(c); l != dims[*time].labels.end())
                    year = import_detail::parseYear(l->second);
            if (!year) {
                table.error = "time category '" + c + "' of dimension '" + dims[*time].id +
                              "' is not a year; fetch yearly figures";
                return table;
            }
            years.push_back(*year);
        }

        size_t total = 1;
        for (const size_t s : size) total *= s;
        std::vector<size_t> stride(size.size(), 1);
        for (size_t i = size.size(); i-- > 1;) stride[i - 1] = stride[i] * size[i];

        if (!ds.contains("value") || !(ds["value"].is_array() || ds["value"].is_object())) {
            table.error = "the dataset has no \"value\" array or object";
            return table;
        }
        const Json& value = ds["value"];
        if (value.is_array() && value.size() != total) {
            table.error = "\"value\" has " + std::to_string(value.size()) +
                          " entries but the dimensions make " + std::to_string(total);
            return table;
        }
        const Json* status = ds.contains("status") ? &ds["status"] : nullptr;
        auto statusAt = [&](size_t idx) -> std::string {
            if (!status) return {};
            if (status->is_string()) return status->get<std::string>();
            if (status->is_array()) {
                if (status->size() == 1) return valueText((*status)[0]);
                if (idx < status->size() && !(*status)[idx].is_null()) return valueText((*status)[idx]);
                return {};
            }
            if (status->is_object()) {
                const std::string key = std::to_string(idx);
                if (status->contains(key)) return valueText((*status)[key]);
            }
            return {};
        };

        const Dimension& geoDim = dims[*geo];
        for (size_t g = 0; g < geoDim.categories.size(); ++g) {
            const std::string& id = geoDim.categories[g];
            const auto l = geoDim.labels.find(id);
            std::string label = l != geoDim.labels.end() ? l->second : id;
            // SCB labels regions "0127 Botkyrka"; others give the name alone.
            if (label.starts_with(id + " ")) label = label.substr(id.size() + 1);
            std::string code = id, name = label;
            if (label == id) { // no name: maybe the id itself is "0127 Botkyrka"
                import_detail::splitRegionLabel(id, code, name);
                if (code.empty()) code = id;
            }
            for (size_t t = 0; t < years.size(); ++t) {
                const size_t idx = g * stride[*geo] + t * stride[*time];
                ImportFigure f;
                f.regionCode = code;
                f.regionName = name;
                f.year = years[t];
                f.place = "value[" + std::to_string(idx) + "]";
                const Json* v = nullptr;
                if (value.is_array())
                    v = &value[idx];
                else if (value.contains(std::to_string(idx)))
                    v = &value[std::to_string(idx)];
                const std::string st = statusAt(idx);
                if (v && v->is_number() && std::isfinite(v->get<double>())) {
                    f.value = v->get<double>();
                } else {
                    f.mark = !st.empty() ? st : v ? valueText(*v) : "absent";
                }
                table.figures.push_back(std::move(f));
            }
        }
    } catch (const std::exception& e) {
        table.error = std::string("unexpected error while reading: ") + e.what();
    }
    return table;
}

ImportTable readPopulationTable(const std::string& path) {
    const auto bytes = import_detail::readFile(path);
    if (!bytes) {
        ImportTable table;
        table.file = path;
        table.error = "cannot open the file";
        return table;
    }
    size_t i = bytes->starts_with("\xEF\xBB\xBF") ? 3 : 0;
    while (i < bytes->size() && std::isspace(static_cast<unsigned char>((*bytes)[i]))) ++i;
    return i < bytes->size() && (*bytes)[i] == '{' ? readJsonStat(path) : readScbCsv(path);
}

} // namespace geodata
