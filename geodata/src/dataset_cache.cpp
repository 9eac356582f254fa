#include "dataset_cache.hpp"

#include "binary_stream.hpp"
#include "dataset_codec.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
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
    // The file is decoded as it is read, never held whole beside the dataset it becomes (at country
    // scale that was a second copy of the dataset at the peak of the load).
    std::error_code ec;
    const std::uintmax_t fileSize = fs::file_size(file, ec);
    if (ec) return result;
    Header header;
    if (fileSize < sizeof header || !in.read(reinterpret_cast<char*>(&header), sizeof header)) {
        result.problem = "cache file is truncated (" + std::to_string(fileSize) + " bytes); rebuilding it";
        return result;
    }
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
    const auto payloadSize = static_cast<size_t>(fileSize - sizeof header);
    if (header.payloadSize != payloadSize) {
        result.problem = "cache file is truncated or padded (" + std::to_string(payloadSize) + " of " +
                         std::to_string(header.payloadSize) + " payload bytes); rebuilding it";
        return result;
    }
    const std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> hash(XXH3_createState(), &XXH3_freeState);
    XXH3_64bits_reset(hash.get());
    bool readFailed = false;
    auto source = [&](char* into, size_t size) {
        if (!in.read(into, static_cast<std::streamsize>(size))) {
            readFailed = true;
            throw BinaryFormatError("the file ends early");
        }
        XXH3_64bits_update(hash.get(), into, size);
    };
    BinaryReader reader(source, payloadSize);
    std::optional<Dataset> decoded;
    std::string decodeProblem;
    try {
        decoded = decodeDataset(reader);
    } catch (const BinaryFormatError& e) {
        decodeProblem = e.what();
    }
    // What the decoder did not read still counts for the checksum, which is judged first: a damaged
    // file is reported as damaged, whatever the decoder made of it.
    std::array<char, 1 << 16> rest{};
    for (size_t left = reader.remaining(); left > 0 && !readFailed;) {
        const size_t n = std::min(left, rest.size());
        if (!in.read(rest.data(), static_cast<std::streamsize>(n)))
            readFailed = true;
        else
            XXH3_64bits_update(hash.get(), rest.data(), n);
        left -= n;
    }
    if (readFailed) {
        result.problem = "cache file cannot be read to its end; rebuilding it";
        return result;
    }
    if (XXH3_64bits_digest(hash.get()) != header.payloadHash) {
        result.problem = "cache file is damaged (checksum mismatch); rebuilding it";
        return result;
    }
    if (!decoded) {
        result.problem = "cache file cannot be decoded (" + decodeProblem + "); rebuilding it";
        return result;
    }
    result.dataset = std::move(decoded);
    return result;
}

std::optional<std::string> writeCache(const fs::path& file, std::uint64_t sourceKey, const Dataset& dataset) {
    // A temporary name per process: two apps loading the same folder never write into one file,
    // and a reader sees either the old cache or the whole new one.
    fs::path temporary = file;
    temporary += ".tmp" + std::to_string(::getpid());
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        // The payload goes to the file as it is encoded, never whole in memory (at country scale
        // that string, grown by doubling, was larger than the dataset); the header, which counts
        // and hashes it, is written in front afterwards.
        Header header;
        header.sourceKey = sourceKey;
        out.write(reinterpret_cast<const char*>(&header), sizeof header);
        const std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> hash(XXH3_createState(),
                                                                            &XXH3_freeState);
        XXH3_64bits_reset(hash.get());
        BinaryWriter writer([&](const char* data, size_t size) {
            XXH3_64bits_update(hash.get(), data, size);
            header.payloadSize += size;
            out.write(data, static_cast<std::streamsize>(size));
        });
        encodeDataset(dataset, writer);
        header.payloadHash = XXH3_64bits_digest(hash.get());
        out.seekp(0);
        out.write(reinterpret_cast<const char*>(&header), sizeof header);
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
        const std::string reason = ec.message(); // before remove() sets ec again ("Success")
        fs::remove(temporary, ec);
        return "cannot replace the cache file (" + reason + ")";
    }
    return std::nullopt;
}

} // namespace geodata
