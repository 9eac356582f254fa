#include "source_key.hpp"

#include "geodata/regular_file.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <gdal.h>
#include <geos_c.h>
#include <vector>
#include <xxhash.h>

namespace fs = std::filesystem;

namespace geodata {

namespace {

class Hasher {
  public:
    Hasher() : m_state(XXH3_createState()) { XXH3_64bits_reset(m_state); }
    ~Hasher() { XXH3_freeState(m_state); }
    Hasher(const Hasher&) = delete;
    Hasher& operator=(const Hasher&) = delete;

    void bytes(const void* data, size_t size) { XXH3_64bits_update(m_state, data, size); }
    // Length first, so that ("ab", "c") and ("a", "bc") hash apart.
    void text(const std::string& s) {
        const std::uint64_t n = s.size();
        bytes(&n, sizeof n);
        bytes(s.data(), s.size());
    }
    bool file(const fs::path& path) {
        if (notRegularFile(path.string())) return false; // a FIFO would block the hash (no cache then)
        std::ifstream in(path, std::ios::binary);
        if (!in) return false;
        text(path.filename().string());
        std::array<char, 1 << 16> buffer{};
        while (in) {
            in.read(buffer.data(), buffer.size());
            bytes(buffer.data(), static_cast<size_t>(in.gcount()));
        }
        return in.eof();
    }
    [[nodiscard]] std::uint64_t digest() const { return XXH3_64bits_digest(m_state); }

  private:
    XXH3_state_t* m_state;
};

void hashLayerConfig(Hasher& h, const LayerConfig& layer) {
    for (const std::string* s : {&layer.file, &layer.layer, &layer.codeField, &layer.nameField,
                                 &layer.kindField, &layer.fromYearField, &layer.toYearField})
        h.text(*s);
}

// Every file that belongs to a layer: GDAL reads side files with the same stem (a shapefile's
// .shx, .dbf, .prj, .cpg, a GeoPackage's -wal), and a layer may be a folder (FileGDB). Taking
// every file that starts with the stem may take one too many, which only costs a rebuild.
std::optional<std::vector<fs::path>> layerFiles(const fs::path& file) {
    std::error_code ec;
    std::vector<fs::path> files;
    if (fs::is_directory(file, ec)) {
        for (auto it = fs::recursive_directory_iterator(file, ec); !ec && it != fs::end(it); it.increment(ec))
            if (it->is_regular_file(ec)) files.push_back(it->path());
    } else {
        const std::string prefix = file.stem().string() + ".";
        for (auto it = fs::directory_iterator(file.parent_path(), ec); !ec && it != fs::end(it);
             it.increment(ec)) {
            const std::string name = it->path().filename().string();
            if (name.rfind(prefix, 0) == 0 && it->is_regular_file(ec)) files.push_back(it->path());
        }
    }
    if (ec) return std::nullopt;
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

std::optional<std::uint64_t> sourceKey(const std::string& folderName, const DatasetConfig& config) {
    const fs::path folder(folderName);
    Hasher h;
    h.text(GDALVersionInfo("RELEASE_NAME"));
    h.text(GEOSversion());
    h.text(config.title);
    h.text(config.attribution);
    h.bytes(&config.firstYear, sizeof config.firstYear);
    h.bytes(&config.lastYear, sizeof config.lastYear);
    hashLayerConfig(h, config.units);
    if (config.context) hashLayerConfig(h, *config.context);
    std::error_code ec;
    if (fs::exists(folder / "dataset.json", ec) && !h.file(folder / "dataset.json")) return std::nullopt;
    std::vector<const LayerConfig*> layers{&config.units};
    if (config.context) layers.push_back(&*config.context);
    for (const LayerConfig* layer : layers) {
        const auto files = layerFiles(folder / layer->file);
        if (!files || files->empty()) return std::nullopt;
        for (const fs::path& file : *files)
            if (!h.file(file)) return std::nullopt;
    }
    return h.digest();
}

} // namespace geodata
