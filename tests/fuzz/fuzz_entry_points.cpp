#include "fuzz_entry_points.hpp"

#include "content/atlas.hpp"
#include "content/i18n.hpp"
#include "content/story.hpp"
#include "dataset_codec.hpp"
#include "geodata/dataset.hpp"
#include "geodata/population.hpp"
#include "geodata/text_encoding.hpp"
#include "geodata/timeline.hpp"
#include "platform/app_config.hpp"

#include <cpl_vsi.h>
#include <cstdint>
#include <set>
#include <stdexcept>

namespace fuzz {

namespace {

// The bundled dataset with its timeline, loaded once: the context the timeline and story are checked
// against, so inputs close to the real files reach the deep checks (unit years, body references).
const app::Atlas& bundledAtlas() {
    static const app::Atlas atlas = [] {
        app::AtlasLoad loaded = app::loadAtlas(TIDSATLAS_DATA_DIR);
        if (!loaded.atlas) throw std::runtime_error("the bundled dataset does not load: " TIDSATLAS_DATA_DIR);
        return std::move(*loaded.atlas);
    }();
    return atlas;
}

template <typename Issue> std::vector<std::string> lines(const std::vector<Issue>& issues) {
    std::vector<std::string> out;
    out.reserve(issues.size());
    for (const Issue& issue : issues) out.push_back(issue.toString());
    return out;
}

// A dataset folder in GDAL's memory file system, removed again when done; each has its own name so a
// leftover from one input can never be read with the next.
class MemoryFolder {
  public:
    MemoryFolder() : m_path("/vsimem/tidsatlas-fuzz-" + std::to_string(s_next++)) {
        VSIMkdir(m_path.c_str(), 0755);
    }
    ~MemoryFolder() { VSIRmdirRecursive(m_path.c_str()); }
    MemoryFolder(const MemoryFolder&) = delete;
    MemoryFolder& operator=(const MemoryFolder&) = delete;

    void write(const std::string& name, std::string_view bytes) const {
        VSILFILE* file = VSIFOpenL((m_path + "/" + name).c_str(), "wb");
        if (!file) throw std::runtime_error("cannot create " + m_path + "/" + name);
        VSIFWriteL(bytes.data(), 1, bytes.size(), file);
        VSIFCloseL(file);
    }
    [[nodiscard]] const std::string& path() const { return m_path; }

  private:
    static inline unsigned long s_next = 0;
    std::string m_path;
};

constexpr std::string_view kOneUnitGeoJson =
    R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"code": "A", "name": )"
    R"("Alpha", "kind": "kommun", "from_year": 1900, "to_year": 9999}, "geometry": {"type": "Polygon", )"
    R"("coordinates": [[[18.0, 59.0], [18.1, 59.0], [18.1, 59.1], [18.0, 59.1], [18.0, 59.0]]]}}]})";

std::vector<std::string> loadFolder(const MemoryFolder& folder) {
    const geodata::LoadResult result = geodata::loadDataset(folder.path());
    if (result.error) return {result.error->toString()};
    std::vector<std::string> out;
    for (const geodata::LoadWarning& w : result.dataset->warnings)
        out.push_back(w.file + " feature " + std::to_string(w.featureId) + ": " + w.message);
    return out;
}

// Takes a 4-byte little-endian length and then that many bytes (or what is left) off the front of `rest`.
std::string takePart(std::string_view& rest) {
    if (rest.size() < 4) {
        rest = {};
        return {};
    }
    uint32_t length = 0;
    for (int i = 3; i >= 0; --i) length = (length << 8U) | static_cast<uint8_t>(rest[static_cast<size_t>(i)]);
    rest.remove_prefix(4);
    const size_t take = std::min<size_t>(length, rest.size());
    std::string part(rest.substr(0, take));
    rest.remove_prefix(take);
    return part;
}

void appendPart(std::string& out, const std::string& part) {
    const auto length = static_cast<uint32_t>(part.size());
    for (unsigned shift = 0; shift < 32; shift += 8) out += static_cast<char>((length >> shift) & 0xFFU);
    out += part;
}

} // namespace

std::vector<std::string> timeline(std::string_view input) {
    const app::Atlas& atlas = bundledAtlas();
    std::set<std::string> codes;
    for (const geodata::UnitVersion& u : atlas.dataset.units) codes.insert(u.code);
    const geodata::TimelineContext context{codes, atlas.dataset.firstYear(), atlas.dataset.lastYear(),
                                           TIDSATLAS_DATA_DIR};
    return lines(geodata::loadTimelineFromText(std::string(input), "timeline.json", context).issues);
}

std::vector<std::string> story(std::string_view input) {
    const app::Atlas& atlas = bundledAtlas();
    static const app::StoryContext context = app::makeStoryContext(atlas.dataset, atlas.timeline);
    return lines(app::loadStoryFromText(std::string(input), "story.json", context).issues);
}

std::vector<std::string> i18n(std::string_view input) {
    const size_t nul = input.find('\0');
    const std::string_view sv = nul == std::string_view::npos ? input : input.substr(0, nul);
    const std::string_view en = nul == std::string_view::npos ? input : input.substr(nul + 1);
    app::Strings strings;
    std::vector<std::string> problems =
        strings.loadFromText({"sv.json", std::string(sv)}, {"en.json", std::string(en)});
    // Use what was loaded the way the panels do: every text, filled with arguments of each kind.
    for (const std::string& key : strings.keys()) {
        (void)strings.format(key, {1, 2.5, "text"});
        (void)strings.get(key, app::Language::English);
    }
    return problems;
}

std::vector<std::string> config(std::string_view input) {
    return app::loadConfigFromText(std::string(input), "config.json").problems;
}

std::vector<std::string> geojson(std::string_view input) {
    const MemoryFolder folder;
    folder.write("municipalities.geojson", input);
    return loadFolder(folder);
}

std::vector<std::string> shapefile(std::string_view input) {
    const ShapefileParts parts = splitShapefile(input);
    const MemoryFolder folder;
    folder.write("municipalities.shp", parts.shp);
    folder.write("municipalities.shx", parts.shx);
    folder.write("municipalities.dbf", parts.dbf);
    return loadFolder(folder);
}

std::vector<std::string> population(std::string_view input) {
    std::set<std::string> codes;
    for (const geodata::UnitVersion& u : bundledAtlas().dataset.units) codes.insert(u.code);
    return lines(geodata::loadPopulationCsvFromText(std::string(input), "population.csv", codes).issues);
}

std::vector<std::string> dataset(std::string_view input) {
    const MemoryFolder folder;
    folder.write("dataset.json", input);
    // One unit in degrees (GeoJSON's own coordinate system), so a sound dataset.json loads to the end.
    folder.write("municipalities.geojson", kOneUnitGeoJson);
    folder.write("context.geojson", kOneUnitGeoJson);
    return loadFolder(folder);
}

std::vector<std::string> cache(std::string_view input) {
    try {
        const geodata::Dataset decoded = geodata::decodeDataset(input.data(), input.size());
        return {"decoded " + std::to_string(decoded.units.size()) + " unit versions"};
    } catch (const geodata::BinaryFormatError& e) { // the cache reader's answer: load from the source
        return {e.what()};
    }
}

std::vector<std::string> text(std::string_view input) {
    std::vector<std::string> out;
    if (const auto invalid = geodata::firstInvalidUtf8(input)) {
        if (*invalid >= input.size()) throw std::logic_error("firstInvalidUtf8 points past the end");
        out.push_back("not UTF-8 at byte " + std::to_string(*invalid));
    }
    // Whatever the bytes, the decoded text must be UTF-8 and hold a character for every byte.
    const std::string decoded = geodata::windows1252ToUtf8(input);
    if (geodata::firstInvalidUtf8(decoded)) throw std::logic_error("windows1252ToUtf8 wrote invalid UTF-8");
    if (decoded.size() < input.size()) throw std::logic_error("windows1252ToUtf8 dropped bytes");
    if (const auto bom = geodata::utf16ByteOrderMark(input)) out.push_back(*bom);
    return out;
}

ShapefileParts splitShapefile(std::string_view input) {
    ShapefileParts parts;
    parts.shp = takePart(input);
    parts.shx = takePart(input);
    parts.dbf = std::string(input);
    return parts;
}

std::string joinShapefile(const ShapefileParts& parts) {
    std::string out;
    appendPart(out, parts.shp);
    appendPart(out, parts.shx);
    return out + parts.dbf;
}

} // namespace fuzz
