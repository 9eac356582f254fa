#include "dataset_cache.hpp"

#include "binary_stream.hpp"
#include "dataset_codec.hpp"

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <unistd.h>
#include <xxhash.h>

namespace fs = std::filesystem;

namespace geodata {

namespace {

constexpr std::array<char, 8> kMagic = {'T', 'I', 'D', 'S', 'C', 'A', 'C', 'H'};

// Fixed-size header in front of the payload.
struct Header {
    std::array<char, 8> magic = kMagic;
    std::uint32_t formatVersion = kCacheFormatVersion;
    std::uint32_t reserved = 0;
    std::uint64_t sourceKey = 0;
    std::uint64_t payloadSize = 0;
    std::uint64_t payloadHash = 0;
};

std::string hex(std::uint64_t value) {
    std::ostringstream out;
    out << std::hex;
    out.width(16);
    out.fill('0');
    out << value;
    return out.str();
}

// Can we create files here? Checked up front so that a read-only folder costs one warning and
// no wasted encoding.
bool writable(const fs::path& folder) { return ::access(folder.c_str(), W_OK | X_OK) == 0; }

} // namespace

std::optional<fs::path> cacheFolder(const LoadOptions& options, std::string& problem) {
    fs::path folder;
    if (!options.cacheDir.empty()) {
        folder = options.cacheDir;
    } else if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/') {
        folder = fs::path(xdg) / "tidsatlas"; // the spec says to ignore a relative XDG_CACHE_HOME
    } else if (const char* home = std::getenv("HOME"); home && *home) {
        folder = fs::path(home) / ".cache" / "tidsatlas";
    } else {
        problem = "no cache folder: neither XDG_CACHE_HOME nor HOME is set; loading without a cache";
        return std::nullopt;
    }
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec || !fs::is_directory(folder, ec)) {
        problem = "cache folder " + folder.string() + " cannot be created (" +
                  (ec ? ec.message() : std::string("not a folder")) + "); loading without a cache";
        return std::nullopt;
    }
    if (!writable(folder)) {
        problem = "cache folder " + folder.string() + " is not writable; loading without a cache";
        return std::nullopt;
    }
    return folder;
}

fs::path cacheFileFor(const fs::path& cacheFolder, const std::string& datasetFolder) {
    std::error_code ec;
    fs::path absolute = fs::weakly_canonical(fs::absolute(datasetFolder, ec), ec);
    if (ec) absolute = datasetFolder;
    const std::string key = absolute.string();
    const std::string name = absolute.filename().empty() ? "dataset" : absolute.filename().string();
    // The format version is in the name too: after an upgrade the new build simply starts a new
    // file (no warning for the normal case), and removeOtherVersions tidies the old one away.
    return cacheFolder / (name + "-" + hex(XXH3_64bits(key.data(), key.size())) + "-v" +
                          std::to_string(kCacheFormatVersion) + ".cache");
}

void removeOtherVersions(const fs::path& file) {
    const std::string name = file.filename().string();
    const std::string prefix = name.substr(0, name.rfind("-v") + 2);
    std::error_code ec;
    for (auto it = fs::directory_iterator(file.parent_path(), ec); !ec && it != fs::end(it);
         it.increment(ec)) {
        const std::string other = it->path().filename().string();
        if (other != name && other.rfind(prefix, 0) == 0 && other.ends_with(".cache")) {
            std::error_code ignored;
            fs::remove(it->path(), ignored);
        }
    }
}

CacheRead readCache(const fs::path& file, std::uint64_t sourceKey) {
    CacheRead result;
    std::ifstream in(file, std::ios::binary);
    if (!in) return result; // no cache yet: the normal first load
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Header header;
    if (bytes.size() < sizeof header) {
        result.problem =
            "cache file is truncated (" + std::to_string(bytes.size()) + " bytes); rebuilding it";
        return result;
    }
    std::memcpy(&header, bytes.data(), sizeof header);
    if (header.magic != kMagic) {
        result.problem = "not a tidsatlas cache file; rebuilding it";
        return result;
    }
    if (header.formatVersion != kCacheFormatVersion) {
        result.problem = "cache file has format version " + std::to_string(header.formatVersion) +
                         ", this build " + "reads version " + std::to_string(kCacheFormatVersion) +
                         "; rebuilding it";
        return result;
    }
    if (header.sourceKey != sourceKey) return result; // the source files changed: rebuild quietly
    const size_t payloadSize = bytes.size() - sizeof header;
    if (header.payloadSize != payloadSize) {
        result.problem = "cache file is truncated or padded (" + std::to_string(payloadSize) + " of " +
                         std::to_string(header.payloadSize) + " payload bytes); rebuilding it";
        return result;
    }
    const char* payload = bytes.data() + sizeof header;
    if (XXH3_64bits(payload, payloadSize) != header.payloadHash) {
        result.problem = "cache file is damaged (checksum mismatch); rebuilding it";
        return result;
    }
    try {
        result.dataset = decodeDataset(payload, payloadSize);
    } catch (const BinaryFormatError& e) {
        result.problem = std::string("cache file cannot be decoded (") + e.what() + "); rebuilding it";
    }
    return result;
}

std::optional<std::string> writeCache(const fs::path& file, std::uint64_t sourceKey, const Dataset& dataset) {
    const std::string payload = encodeDataset(dataset);
    Header header;
    header.sourceKey = sourceKey;
    header.payloadSize = payload.size();
    header.payloadHash = XXH3_64bits(payload.data(), payload.size());
    // A temporary name per process: two apps loading the same folder never write into one file,
    // and a reader sees either the old cache or the whole new one.
    fs::path temporary = file;
    temporary += ".tmp" + std::to_string(::getpid());
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(&header), sizeof header);
        out.write(payload.data(), static_cast<std::streamsize>(payload.size()));
        out.close();
        if (!out) {
            const std::string reason = std::strerror(errno);
            std::error_code ignored;
            fs::remove(temporary, ignored);
            return "cannot write the cache file (" + reason + ")";
        }
    }
    std::error_code ec;
    fs::rename(temporary, file, ec);
    if (ec) {
        fs::remove(temporary, ec);
        return "cannot replace the cache file (" + ec.message() + ")";
    }
    return std::nullopt;
}

} // namespace geodata
