#include "text_encoding.hpp"

#include <cerrno>
#include <iconv.h>
#include <stdexcept>

namespace geodata {

bool isValidUtf8(const std::string& bytes) {
    size_t i = 0;
    const size_t n = bytes.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        size_t extra = 0;
        if (c < 0x80)
            extra = 0;
        else if (c >= 0xC2 && c <= 0xDF)
            extra = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            extra = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return false;
        for (size_t k = 1; k <= extra; ++k) {
            if (i + k >= n) return false;
            if ((static_cast<unsigned char>(bytes[i + k]) & 0xC0) != 0x80) return false;
        }
        i += extra + 1;
    }
    return true;
}

namespace {

std::string windows1252ToUtf8(const std::string& bytes) {
    iconv_t cd = iconv_open("UTF-8", "WINDOWS-1252");
    if (cd == reinterpret_cast<iconv_t>(-1)) cd = iconv_open("UTF-8", "ISO-8859-1");
    if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("iconv cannot convert Latin-1");
    std::string out;
    out.resize(bytes.size() * 3 + 4);
    std::string in = bytes;
    char* inPtr = in.data();
    size_t inLeft = in.size();
    char* outPtr = out.data();
    size_t outLeft = out.size();
    while (inLeft > 0) {
        if (iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == static_cast<size_t>(-1)) {
            if (errno ==
                EILSEQ) { // 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in Windows-1252: keep as Latin-1
                const auto c = static_cast<unsigned char>(*inPtr);
                *outPtr++ = static_cast<char>(0xC0 | (c >> 6));
                *outPtr++ = static_cast<char>(0x80 | (c & 0x3F));
                outLeft -= 2;
                ++inPtr;
                --inLeft;
                continue;
            }
            iconv_close(cd);
            throw std::runtime_error("iconv failed while converting Latin-1");
        }
    }
    iconv_close(cd);
    out.resize(out.size() - outLeft);
    return out;
}

} // namespace

DecodedText decodeText(const std::string& bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) return {bytes.substr(3), "UTF-8 with BOM"};
    if (isValidUtf8(bytes)) return {bytes, "UTF-8"};
    return {windows1252ToUtf8(bytes), "Latin-1"};
}

} // namespace geodata
