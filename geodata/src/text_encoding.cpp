#include "text_encoding.hpp"

#include <cpl_string.h>

namespace geodata::detail {

bool isUtf8(const std::string& text) { return CPLIsUTF8(text.c_str(), static_cast<int>(text.size())) != 0; }

std::string utf8FromWindows1252(const std::string& text) {
    // GDAL's recoder (iconv in Debian's build); ISO-8859-1, which it always has, when that fails.
    char* recoded = CPLRecode(text.c_str(), "CP1252", CPL_ENC_UTF8);
    std::string result = recoded ? recoded : "";
    CPLFree(recoded);
    if (result.empty() || !isUtf8(result)) {
        recoded = CPLRecode(text.c_str(), CPL_ENC_ISO8859_1, CPL_ENC_UTF8);
        result = recoded ? recoded : "";
        CPLFree(recoded);
    }
    return result;
}

} // namespace geodata::detail
