#include "vsi_files.hpp"

#include "geodata/regular_file.hpp"
#include "geodata/text_file.hpp"

#include <algorithm>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>

namespace geodata::vsi {

namespace {

std::optional<VSIStatBufL> statOf(const std::string& path) {
    VSIStatBufL status;
    if (VSIStatL(path.c_str(), &status) != 0) return std::nullopt;
    return status;
}

} // namespace

bool exists(const std::string& path) { return statOf(path).has_value(); }

bool isFolder(const std::string& path) {
    const auto status = statOf(path);
    return status && VSI_ISDIR(status->st_mode);
}

std::vector<std::string> fileNames(const std::string& folder) {
    std::vector<std::string> names;
    char** list = VSIReadDir(folder.c_str());
    for (int i = 0; list && list[i]; ++i) {
        const std::string name = list[i];
        if (name == "." || name == "..") continue;
        const auto status = statOf(folder + "/" + name);
        if (status && VSI_ISREG(status->st_mode)) names.push_back(name);
    }
    CSLDestroy(list);
    std::sort(names.begin(), names.end());
    return names;
}

std::vector<std::string> entryNames(const std::string& folder) {
    std::vector<std::string> names;
    char** list = VSIReadDir(folder.c_str());
    for (int i = 0; list && list[i]; ++i)
        if (std::string name = list[i]; name != "." && name != "..") names.push_back(std::move(name));
    CSLDestroy(list);
    std::sort(names.begin(), names.end());
    return names;
}

std::optional<std::string> readFile(const std::string& path) {
    // Only a regular file: a FIFO would block the read for good, a device would never end.
    if (!path.starts_with("/vsi")) return readTextFile(path).text;
    if (notRegularFile(path)) return std::nullopt;
    GByte* bytes = nullptr;
    vsi_l_offset size = 0;
    // The same limit as every text file of the data (text_file.hpp): a dataset.json linked to /dev/zero
    // must not be read until memory runs out. VSIIngestFile refuses a file past it.
    CPLPushErrorHandler(CPLQuietErrorHandler); // the caller says it in its own words
    const bool read =
        VSIIngestFile(nullptr, path.c_str(), &bytes, &size, static_cast<GIntBig>(kMaxTextFileBytes));
    CPLPopErrorHandler();
    if (!read) return std::nullopt;
    std::string content(reinterpret_cast<const char*>(bytes), static_cast<size_t>(size));
    VSIFree(bytes);
    return content;
}

} // namespace geodata::vsi
