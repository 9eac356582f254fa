#include "geodata/borders.hpp"

#include "geodata/dataset.hpp"
#include "segment_key.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <unordered_map>

namespace geodata {

namespace {

std::vector<YearSpan> mergeSpans(std::vector<YearSpan> spans) {
    std::sort(spans.begin(), spans.end());
    std::vector<YearSpan> merged;
    for (const YearSpan& s : spans) {
        if (!merged.empty() && s.from <= merged.back().to + 1)
            merged.back().to = std::max(merged.back().to, s.to);
        else
            merged.push_back(s);
    }
    return merged;
}

} // namespace

bool BorderGroup::existsIn(int year) const {
    return std::any_of(years.begin(), years.end(),
                       [year](const YearSpan& s) { return s.from <= year && year <= s.to; });
}

size_t BorderNetwork::segmentCount() const {
    size_t n = 0;
    for (const BorderGroup& g : groups) n += g.segments.size();
    return n;
}

BorderNetwork buildBorders(const std::vector<UnitVersion>& units) {
    std::unordered_map<SegmentKey, std::vector<YearSpan>, SegmentHash> years;
    auto addRing = [&](const Ring& ring, YearSpan span) {
        for (size_t i = 0; i < ring.size(); ++i) {
            const Point& p = ring[i];
            const Point& q = ring[(i + 1) % ring.size()];
            if (p == q) continue;
            years[canonical(p, q)].push_back(span);
        }
    };
    for (const UnitVersion& u : units)
        for (const Polygon& polygon : u.polygons) {
            addRing(polygon.outer, {u.fromYear, u.toYear});
            for (const Ring& hole : polygon.holes) addRing(hole, {u.fromYear, u.toYear});
        }

    std::map<std::vector<YearSpan>, size_t> groupOf;
    BorderNetwork network;
    for (auto& [key, spans] : years) {
        std::vector<YearSpan> merged = mergeSpans(std::move(spans));
        auto [it, added] = groupOf.try_emplace(merged, network.groups.size());
        if (added) network.groups.push_back({merged, {}});
        network.groups[it->second].segments.push_back({key.a, key.b});
    }
    return network;
}

} // namespace geodata
