#include "render/context_fade.hpp"

#include <algorithm>

namespace render {

std::vector<sf::Vertex> contextFade(const MapMesh& mesh, const geodata::Bounds& units,
                                    const geodata::Bounds& context, const geodata::Bounds& reach,
                                    sf::Color water) {
    const double size = std::max(units.width(), units.height());
    const double clearBand = 0.03 * size, fadeBand = 0.25 * size;
    // Per side: the fade starts a little outside the units and is complete where the context ends (its
    // straight cut is then under plain water), but never further out than fadeBand.
    const auto outer = [&](double unitsEdge, double contextEdge, double direction) {
        const double far = unitsEdge + direction * fadeBand;
        return direction > 0 ? std::min(far, contextEdge) : std::max(far, contextEdge);
    };
    geodata::Bounds out{outer(units.minX, context.minX, -1), outer(units.minY, context.minY, -1),
                        outer(units.maxX, context.maxX, 1), outer(units.maxY, context.maxY, 1)};
    // The clear band may not reach past the fade's end on a side where the context stops close by.
    geodata::Bounds in{std::max(units.minX - clearBand, out.minX), std::max(units.minY - clearBand, out.minY),
                       std::min(units.maxX + clearBand, out.maxX),
                       std::min(units.maxY + clearBand, out.maxY)};
    geodata::Bounds far = reach;
    far.expand(out);
    sf::Color clear = water;
    clear.a = 0;

    std::vector<sf::Vertex> v;
    const auto quad = [&](geodata::Point a, geodata::Point b, geodata::Point c, geodata::Point d,
                          sf::Color ab, sf::Color cd) {
        // a–b on one edge, d–c on the other.
        const sf::Vertex va(mesh.local(a), ab), vb(mesh.local(b), ab), vc(mesh.local(c), cd),
            vd(mesh.local(d), cd);
        v.insert(v.end(), {va, vb, vc, va, vc, vd});
    };
    const geodata::Point i00{in.minX, in.minY}, i10{in.maxX, in.minY}, i11{in.maxX, in.maxY},
        i01{in.minX, in.maxY};
    const geodata::Point o00{out.minX, out.minY}, o10{out.maxX, out.minY}, o11{out.maxX, out.maxY},
        o01{out.minX, out.maxY};
    // The fading ring: four trapezoids from the inner rectangle (clear) to the outer (water).
    quad(i00, i10, o10, o00, clear, water);
    quad(i10, i11, o11, o10, clear, water);
    quad(i11, i01, o01, o11, clear, water);
    quad(i01, i00, o00, o01, clear, water);
    // Plain water beyond it, out to what the view shows.
    const geodata::Point f00{far.minX, far.minY}, f10{far.maxX, far.minY}, f11{far.maxX, far.maxY},
        f01{far.minX, far.maxY};
    quad(o00, o10, f10, f00, water, water);
    quad(o10, o11, f11, f10, water, water);
    quad(o11, o01, f01, f11, water, water);
    quad(o01, o00, f00, f01, water, water);
    return v;
}

} // namespace render
