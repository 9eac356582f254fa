#pragma once
// Unit versions for label layout tests without any file: squares in a grid (a country's worth of
// municipalities when large), and single hand-placed units.
#include "geodata/dataset.hpp"
#include "hand_made_shapes.hpp"

#include <string>
#include <vector>

namespace fixtures {

/// A unit version covering the box (x0, y0)–(x1, y1), its anchor at the centre.
[[nodiscard]] inline geodata::UnitVersion squareUnit(int id, std::string name, double x0, double y0,
                                                     double x1, double y1) {
    geodata::UnitVersion u;
    u.id = id;
    u.code = std::string("U").append(std::to_string(id)); // not "U" + …: GCC 12 warns falsely (-Wrestrict)
    u.name = std::move(name);
    u.fromYear = 1900;
    u.toYear = geodata::kOpenEndYear;
    u.polygons = one(box(x0, y0, x1, y1));
    u.labelAnchor = {(x0 + x1) / 2, (y0 + y1) / 2};
    u.labelRadius = std::min(x1 - x0, y1 - y0) / 2;
    u.areaM2 = (x1 - x0) * (y1 - y0);
    u.bounds = geodata::boundsOf(u.polygons);
    return u;
}

/// columns × rows squares of `side` metres from the origin, ids row by row; names of 4–14 letters.
[[nodiscard]] inline std::vector<geodata::UnitVersion> unitGrid(int columns, int rows, double side) {
    std::vector<geodata::UnitVersion> units;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            const int id = r * columns + c;
            units.push_back(squareUnit(id, std::string(static_cast<size_t>(4 + (id * 7) % 11), 'a'), c * side,
                                       r * side, (c + 1) * side, (r + 1) * side));
        }
    return units;
}

} // namespace fixtures
