// Reading a text file whole, with a size limit: see geodata/text_file.hpp.
#include "geodata/text_file.hpp"

#include "geodata/regular_file.hpp"

namespace geodata {

std::string megabytes(std::uintmax_t bytes) {
    return std::to_string((bytes + 512 * 1024) / (1024 * 1024)) + " MB";
}

TextFile readTextFile(const std::string& path, std::uintmax_t maxBytes) {
    TextFile result;
    result.text = readRegularFile(path, result.error, maxBytes); // never a FIFO or a device
    return result;
}

} // namespace geodata
