// Encoding checks and conversion with iconv: see geodata/text_encoding.hpp.
#include "geodata/text_encoding.hpp"

#include <algorithm>
#include <cerrno>
#include <iconv.h>
#include <vector>

namespace geodata {

namespace {

// One iconv conversion of `text`; on a byte the source encoding does not define, `onInvalid` decides:
// it gets the offset and returns false to stop (the offset is then the result's `stoppedAt`).
struct Converted {
    std::string text;
    std::optional<size_t> stoppedAt;
};

template <typename OnInvalid>
Converted convert(std::string_view input, const char* from, OnInvalid onInvalid) {
    Converted out;
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1)) { // glibc without the module: keep the bytes as they are
        out.text = std::string(input);
        return out;
    }
    std::vector<char> buffer(4096);
    char* in = const_cast<char*>(input.data()); // iconv's signature; it does not write to the input
    size_t inLeft = input.size();
    while (inLeft > 0) {
        char* outPtr = buffer.data();
        size_t outLeft = buffer.size();
        const size_t r = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
        out.text.append(buffer.data(), static_cast<size_t>(outPtr - buffer.data()));
        if (r != static_cast<size_t>(-1)) break;
        if (errno == E2BIG) continue;
        // EILSEQ (a byte not in the encoding) or EINVAL (a sequence cut off at the end).
        const size_t at = input.size() - inLeft;
        if (!onInvalid(at, out.text)) {
            out.stoppedAt = at;
            break;
        }
        ++in;
        --inLeft;
    }
    iconv_close(cd);
    return out;
}

} // namespace

std::optional<size_t> firstInvalidUtf8(std::string_view text) {
    // UTF-8 to UTF-8: glibc's decoder refuses stray, overlong and surrogate sequences.
    return convert(text, "UTF-8", [](size_t, std::string&) { return false; }).stoppedAt;
}

std::string windows1252ToUtf8(std::string_view text) {
    return convert(text, "WINDOWS-1252",
                   [](size_t, std::string& out) {
                       out += "\xEF\xBF\xBD"; // U+FFFD
                       return true;
                   })
        .text;
}

bool isValidUtf8(std::string_view text) {
    const bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; });
    return ascii || !firstInvalidUtf8(text);
}

DecodedText decodeText(const std::string& bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) return {bytes.substr(3), "UTF-8 with BOM"};
    if (isValidUtf8(bytes)) return {bytes, "UTF-8"};
    return {windows1252ToUtf8(bytes), "Latin-1"};
}

std::optional<std::string> utf16ByteOrderMark(std::string_view text) {
    if (text.starts_with("\xFF\xFE")) return "UTF-16 little-endian";
    if (text.starts_with("\xFE\xFF")) return "UTF-16 big-endian";
    return std::nullopt;
}

} // namespace geodata
