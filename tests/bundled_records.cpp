#include "bundled_records.hpp"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <map>

namespace fixtures {

std::vector<UnitRecord> readUnitRecords() {
    std::ifstream in(std::string(TIDSATLAS_DATA_DIR) + "/municipalities.dbf", std::ios::binary);
    const std::string dbf((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto u16 = [&](size_t at) {
        return static_cast<size_t>(static_cast<uint8_t>(dbf[at]) | static_cast<uint8_t>(dbf[at + 1]) << 8);
    };
    const size_t count = u16(4) | u16(6) << 16;
    const size_t headerSize = u16(8);
    const size_t recordSize = u16(10);
    std::map<std::string, std::pair<size_t, size_t>> fields; // name -> (offset in record, width)
    size_t offset = 1;                                       // after the deletion flag
    for (size_t at = 32; at + 32 <= headerSize && dbf[at] != '\x0d'; at += 32) {
        const std::string name(dbf.c_str() + at);
        const size_t width = static_cast<uint8_t>(dbf[at + 16]);
        fields[name.substr(0, std::min<size_t>(name.size(), 11))] = {offset, width};
        offset += width;
    }
    auto field = [&](size_t record, const std::string& name) {
        const auto [off, width] = fields.at(name);
        std::string s = dbf.substr(headerSize + record * recordSize + off, width);
        s.erase(0, s.find_first_not_of(' '));
        s.erase(s.find_last_not_of(' ') + 1);
        return s;
    };
    std::vector<UnitRecord> records;
    for (size_t i = 0; i < count; ++i)
        records.push_back(
            {field(i, "code"), std::stoi(field(i, "from_year")), std::stoi(field(i, "to_year"))});
    return records;
}

} // namespace fixtures
