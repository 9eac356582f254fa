// Reading a text file whole, with a size limit: see geodata/text_file.hpp.
#include "geodata/text_file.hpp"

#include <fstream>
#include <vector>

namespace geodata {

std::string megabytes(std::uintmax_t bytes) {
    return std::to_string((bytes + 512 * 1024) / (1024 * 1024)) + " MB";
}

TextFile readTextFile(const std::string& path, std::uintmax_t maxBytes) {
    TextFile result;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        result.error = "cannot open the file";
        return result;
    }
    std::string text;
    std::vector<char> chunk(64 * 1024);
    while (in) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        text.append(chunk.data(), static_cast<size_t>(in.gcount()));
        if (text.size() > maxBytes) {
            result.error = "the file is larger than " + megabytes(maxBytes) +
                           ", the most a file of the data may hold (is it the right file?)";
            return result;
        }
    }
    if (in.bad()) {
        result.error = "cannot read the file";
        return result;
    }
    result.text = std::move(text);
    return result;
}

} // namespace geodata
