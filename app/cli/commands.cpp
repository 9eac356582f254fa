#include "cli/commands.hpp"

#include <cmath>
#include <nlohmann/json.hpp>
#include <ostream>

namespace app {

void listUnits(const geodata::Dataset& dataset, int year, std::ostream& out) {
    for (const geodata::UnitVersion* u : dataset.unitsValidIn(year)) {
        const nlohmann::ordered_json line = {{"code", u->code},
                                             {"name", u->name},
                                             {"kind", u->kind},
                                             {"area_km2", std::round(u->areaM2 / 1e4) / 100.0}};
        // Names are UTF-8 after loading (text in another encoding is decoded); should one slip through, a
        // replacement character is printed rather than the whole listing aborted.
        out << line.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    }
}

} // namespace app
