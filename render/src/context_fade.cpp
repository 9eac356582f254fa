#include "render/context_fade.hpp"

#include <algorithm>
#include <array>

namespace render {

std::vector<sf::Vertex> contextFade(const MapMesh& mesh, const geodata::Bounds& units,
                                    const geodata::Bounds& context, const geodata::Bounds& reach,
                                    sf::Color water) {
    const double size = std::max(units.width(), units.height());
    const double clearBand = 0.03 * size, fadeBand = 0.25 * size;
    // Per side: the fade starts a little outside the units and is complete where the context ends (its
    // straight cut is then under plain water), but never further out than fadeBand.
    const auto fadeEnd = [&](double unitsEdge, double contextEdge, double direction) {
        const double far = unitsEdge + direction * fadeBand;
        return direction > 0 ? std::min(far, contextEdge) : std::max(far, contextEdge);
    };
    geodata::Bounds out{fadeEnd(units.minX, context.minX, -1), fadeEnd(units.minY, context.minY, -1),
                        fadeEnd(units.maxX, context.maxX, 1), fadeEnd(units.maxY, context.maxY, 1)};
    // The clear band may not reach past the fade's end on a side where the context stops close by.
    geodata::Bounds in{std::max(units.minX - clearBand, out.minX), std::max(units.minY - clearBand, out.minY),
                       std::min(units.maxX + clearBand, out.maxX),
                       std::min(units.maxY + clearBand, out.maxY)};
    geodata::Bounds far = reach;
    far.expand(out);
    sf::Color clear = water;
    clear.a = 0;

    std::vector<sf::Vertex> v;
    // The band between two rectangles, `inner` in one colour and `outer` in another, as four trapezoids.
    const auto ring = [&](const geodata::Bounds& inner, const geodata::Bounds& outer, sf::Color from,
                          sf::Color to) {
        const auto corners = [](const geodata::Bounds& b) {
            return std::array<geodata::Point, 4>{
                {{b.minX, b.minY}, {b.maxX, b.minY}, {b.maxX, b.maxY}, {b.minX, b.maxY}}};
        };
        const auto i = corners(inner), o = corners(outer);
        for (size_t k = 0; k < 4; ++k) {
            const size_t next = (k + 1) % 4;
            const sf::Vertex a(mesh.local(i[k]), from), b(mesh.local(i[next]), from),
                c(mesh.local(o[next]), to), d(mesh.local(o[k]), to);
            v.insert(v.end(), {a, b, c, a, c, d});
        }
    };
    ring(in, out, clear, water);  // the fade
    ring(out, far, water, water); // plain water beyond it, out to what the view shows
    return v;
}

} // namespace render
