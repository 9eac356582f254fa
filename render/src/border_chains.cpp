#include "border_chains.hpp"

#include <algorithm>
#include <tuple>

namespace render {

namespace {

// One end of a segment, to be sorted so that ends at the same point lie together.
struct End {
    geodata::Point p;
    uint32_t segment; // index into `indices`
    uint32_t which;   // 0: the segment's a, 1: its b
};

} // namespace

void forEachBorderLine(const std::vector<geodata::Segment>& segments, std::span<const uint32_t> indices,
                       const std::function<void(const std::vector<geodata::Point>&, bool closed)>& line) {
    const size_t n = indices.size();
    auto point = [&](uint32_t s, uint32_t which) -> const geodata::Point& {
        const geodata::Segment& segment = segments[indices[s]];
        return which == 0 ? segment.a : segment.b;
    };
    std::vector<End> ends;
    ends.reserve(2 * n);
    for (uint32_t s = 0; s < n; ++s)
        for (uint32_t which : {0U, 1U}) ends.push_back({point(s, which), s, which});
    std::sort(ends.begin(), ends.end(),
              [](const End& l, const End& r) { return std::tie(l.p.x, l.p.y) < std::tie(r.p.x, r.p.y); });
    // For every end: where it lies in `ends`, and the first end and number of ends at its point.
    std::vector<uint32_t> slot(2 * n), first(2 * n), count(2 * n);
    for (size_t i = 0; i < ends.size();) {
        size_t j = i;
        while (j < ends.size() && ends[j].p == ends[i].p) ++j;
        for (size_t k = i; k < j; ++k) {
            slot[2 * ends[k].segment + ends[k].which] = static_cast<uint32_t>(k);
            first[k] = static_cast<uint32_t>(i);
            count[k] = static_cast<uint32_t>(j - i);
        }
        i = j;
    }

    std::vector<bool> done(n, false);
    std::vector<geodata::Point> points;
    // Follows the line leaving segment s's end `from`, through points where two segments meet.
    auto follow = [&](uint32_t s, uint32_t from) {
        points.clear();
        points.push_back(point(s, from));
        while (true) {
            done[s] = true;
            const uint32_t to = 1 - from;
            points.push_back(point(s, to));
            const uint32_t at = slot[2 * s + to];
            if (count[at] != 2) return;
            const End& next = ends[first[at] == at ? at + 1 : first[at]];
            if (done[next.segment]) return;
            s = next.segment;
            from = next.which;
        }
    };
    // Lines from every point where they cannot run on: ends and junctions.
    for (size_t i = 0; i < ends.size(); ++i) {
        if (count[i] == 2 || done[ends[i].segment]) continue;
        follow(ends[i].segment, ends[i].which);
        line(points, false);
    }
    // What is left runs in loops.
    for (uint32_t s = 0; s < n; ++s) {
        if (done[s]) continue;
        follow(s, 0);
        points.pop_back(); // back at the start
        line(points, true);
    }
}

} // namespace render
