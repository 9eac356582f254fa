#include "geodata/framing.hpp"

#include "geodata/dataset.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <string>

namespace geodata {

namespace {

// The part of a unit's box its framing reaches: no farther from its label point (the centre of its
// largest inscribed circle, which a spike never moves) than kFramingReachSides sides of a square of its area.
Bounds bodyOf(const UnitVersion& u) {
    if (u.labelRadius <= 0 || u.areaM2 <= 0) return u.bounds;
    const double reach = kFramingReachSides * std::sqrt(u.areaM2);
    const Point c = u.labelAnchor;
    const Bounds body{std::max(u.bounds.minX, c.x - reach), std::max(u.bounds.minY, c.y - reach),
                      std::min(u.bounds.maxX, c.x + reach), std::min(u.bounds.maxY, c.y + reach)};
    return body.isEmpty() ? u.bounds : body;
}

double longerSide(const Bounds& b) { return b.isEmpty() ? 0.0 : std::max(b.width(), b.height()); }

struct Item {
    Bounds body;
    int id = 0;
    size_t code = 0; // index into the distinct codes
};

double low(const Bounds& b, bool alongX) { return alongX ? b.minX : b.minY; }
double high(const Bounds& b, bool alongX) { return alongX ? b.maxX : b.maxY; }

// Finds, along one axis, the smallest group at either end of `kept` that lies beyond open space wider
// than kFramingGapExtents times the rest's extent and whose codes fit in `codesLeft` (counting only
// codes not left out yet). Returns the group's positions in `kept`, or nothing.
std::vector<size_t> farEndGroup(const std::vector<Item>& items, const std::vector<size_t>& kept,
                                const std::vector<bool>& codeLeftOut, size_t codesLeft, bool alongX) {
    const size_t n = kept.size();
    if (n < 2) return {};
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t{0});
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return low(items[kept[a]].body, alongX) < low(items[kept[b]].body, alongX);
    });
    // gapAfter[k]: open space between positions ..k and k+1.. of `order` (0 where they overlap).
    std::vector<double> gapAfter(n, 0.0);
    double reach = high(items[kept[order[0]]].body, alongX);
    for (size_t k = 0; k + 1 < n; ++k) {
        const Bounds& next = items[kept[order[k + 1]]].body;
        gapAfter[k] = std::max(0.0, low(next, alongX) - reach);
        reach = std::max(reach, high(next, alongX));
    }
    // The 2-D boxes and the new codes of every prefix and suffix of `order`.
    std::vector<Bounds> prefix(n, Bounds::empty()), suffix(n, Bounds::empty());
    std::vector<size_t> prefixCodes(n, 0), suffixCodes(n, 0);
    std::vector<bool> seen(codeLeftOut.size(), false);
    for (size_t k = 0, count = 0; k < n; ++k) {
        const Item& item = items[kept[order[k]]];
        if (!codeLeftOut[item.code] && !seen[item.code]) seen[item.code] = true, ++count;
        prefix[k] = k == 0 ? item.body : prefix[k - 1];
        prefix[k].expand(item.body);
        prefixCodes[k] = count;
    }
    std::fill(seen.begin(), seen.end(), false);
    for (size_t k = n, count = 0; k-- > 0;) {
        const Item& item = items[kept[order[k]]];
        if (!codeLeftOut[item.code] && !seen[item.code]) seen[item.code] = true, ++count;
        suffix[k] = k + 1 == n ? item.body : suffix[k + 1];
        suffix[k].expand(item.body);
        suffixCodes[k] = count;
    }
    const auto group = [&](size_t from, size_t to) {
        std::vector<size_t> positions;
        for (size_t k = from; k < to; ++k) positions.push_back(order[k]);
        return positions;
    };
    for (size_t k = 0; k + 1 < n && prefixCodes[k] <= codesLeft; ++k)
        if (gapAfter[k] > 0 && gapAfter[k] > kFramingGapExtents * longerSide(suffix[k + 1]))
            return group(0, k + 1);
    for (size_t k = n - 1; k-- > 0 && suffixCodes[k + 1] <= codesLeft;)
        if (gapAfter[k] > 0 && gapAfter[k] > kFramingGapExtents * longerSide(prefix[k]))
            return group(k + 1, n);
    return {};
}

} // namespace

Framing frameUnits(const std::vector<UnitVersion>& units) {
    std::map<std::string, size_t> codes;
    std::vector<Item> items;
    for (const UnitVersion& u : units) {
        if (u.bounds.isEmpty()) continue;
        const size_t code = codes.emplace(u.code, codes.size()).first->second;
        items.push_back({bodyOf(u), u.id, code});
    }
    // With two units there is no "rest" to judge either by; from three on, one far unit may go.
    const size_t cap =
        codes.size() < 3
            ? 0
            : std::max<size_t>(1, static_cast<size_t>(
                                      std::floor(kFramingLeftOutShare * static_cast<double>(codes.size()))));
    std::vector<size_t> kept(items.size());
    std::iota(kept.begin(), kept.end(), size_t{0});
    std::vector<bool> codeLeftOut(codes.size(), false);
    size_t codesOut = 0;
    Framing result;
    // Leaving a far group out shrinks the rest's extent, which may reveal another: repeat until none is.
    for (bool found = true; found && codesOut < cap;) {
        found = false;
        for (const bool alongX : {true, false}) {
            std::vector<size_t> group = farEndGroup(items, kept, codeLeftOut, cap - codesOut, alongX);
            if (group.empty()) continue;
            std::sort(group.begin(), group.end());
            for (size_t g = group.size(); g-- > 0;) {
                const Item& item = items[kept[group[g]]];
                result.leftOut.push_back(item.id);
                if (!codeLeftOut[item.code]) codeLeftOut[item.code] = true, ++codesOut;
                kept.erase(kept.begin() + static_cast<std::ptrdiff_t>(group[g]));
            }
            found = true;
            break;
        }
    }
    for (const size_t k : kept) result.frame.expand(items[k].body);
    std::sort(result.leftOut.begin(), result.leftOut.end());
    return result;
}

} // namespace geodata
