#include "coverage_simplifier.hpp"

#include "chain_conflicts.hpp"
#include "parallel.hpp"
#include "segment_key.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace geodata {

namespace {

// Our rings are implicitly closed; drop repeated points so that every step is a real segment.
Ring cleaned(const Ring& ring) {
    Ring out;
    out.reserve(ring.size());
    for (const Point& p : ring)
        if (out.empty() || !(out.back() == p)) out.push_back(p);
    while (out.size() > 1 && out.front() == out.back()) out.pop_back();
    return out.size() >= 3 ? out : Ring{};
}

// Visits every ring of every item: f(item, polygon, ring index (0 = outer), ring).
template <class F> void forEachRing(const std::vector<std::vector<std::vector<Ring>>>& rings, F f) {
    for (size_t i = 0; i < rings.size(); ++i)
        for (size_t p = 0; p < rings[i].size(); ++p)
            for (size_t r = 0; r < rings[i][p].size(); ++r) f(i, p, r, rings[i][p][r]);
}

// Which items have each undirected segment on their boundary, as an id per distinct set.
class SegmentOwners {
  public:
    void add(Point a, Point b, size_t item) {
        auto [it, added] = m_index.try_emplace(canonical(a, b), m_owners.size());
        if (added) m_owners.emplace_back();
        std::vector<size_t>& owners = m_owners[it->second];
        if (owners.empty() || owners.back() != item) owners.push_back(item);
    }
    // Call once after every add: gives each distinct owner set a small id.
    void finish() {
        std::map<std::vector<size_t>, int> ids;
        m_setOf.resize(m_owners.size());
        for (size_t s = 0; s < m_owners.size(); ++s) {
            std::vector<size_t>& owners = m_owners[s];
            std::sort(owners.begin(), owners.end());
            owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
            m_setOf[s] = ids.try_emplace(owners, static_cast<int>(ids.size())).first->second;
        }
    }
    [[nodiscard]] int ownerSet(Point a, Point b) const { return m_setOf[m_index.at(canonical(a, b))]; }
    // How many distinct segments end at each point.
    [[nodiscard]] std::unordered_map<Point, int, PointHash> degrees() const {
        std::unordered_map<Point, int, PointHash> degree;
        for (const auto& [key, index] : m_index) {
            ++degree[key.a];
            ++degree[key.b];
        }
        return degree;
    }

  private:
    std::unordered_map<SegmentKey, size_t, SegmentHash> m_index;
    std::vector<std::vector<size_t>> m_owners;
    std::vector<int> m_setOf;
};

bool lessPair(Point a0, Point a1, Point b0, Point b1) {
    if (!(a0 == b0)) return lessPoint(a0, b0);
    return lessPoint(a1, b1);
}

std::vector<Point> readLine(GEOSContextHandle_t h, const GEOSGeometry* line) {
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, line);
    unsigned n = 0;
    GEOSCoordSeq_getSize_r(h, seq, &n);
    std::vector<Point> points(n);
    for (unsigned k = 0; k < n; ++k) GEOSCoordSeq_getXY_r(h, seq, k, &points[k].x, &points[k].y);
    return points;
}

} // namespace

CoverageSimplifier::CoverageSimplifier(const std::vector<const std::vector<Polygon>*>& items) {
    std::vector<std::vector<std::vector<Ring>>> rings(items.size());
    for (size_t i = 0; i < items.size(); ++i)
        for (const Polygon& polygon : *items[i]) {
            std::vector<Ring>& out = rings[i].emplace_back();
            out.push_back(cleaned(polygon.outer));
            for (const Ring& hole : polygon.holes) out.push_back(cleaned(hole));
        }

    SegmentOwners owners;
    forEachRing(rings, [&](size_t item, size_t, size_t, const Ring& ring) {
        for (size_t k = 0; k < ring.size(); ++k) owners.add(ring[k], ring[(k + 1) % ring.size()], item);
    });
    owners.finish();

    // A junction is where more than two segments meet, or where the polygons on the border change.
    std::unordered_set<Point, PointHash> junctions;
    for (const auto& [point, degree] : owners.degrees())
        if (degree != 2) junctions.insert(point);
    forEachRing(rings, [&](size_t, size_t, size_t, const Ring& ring) {
        const size_t n = ring.size();
        for (size_t k = 0; k < n; ++k)
            if (owners.ownerSet(ring[(k + n - 1) % n], ring[k]) !=
                owners.ownerSet(ring[k], ring[(k + 1) % n]))
                junctions.insert(ring[k]);
    });
    // Every ring gets at least three junctions, so that no ring can collapse to a line when its
    // chains are simplified (a chain keeps its ends). The points are shared, so the neighbour
    // whose ring runs through them is cut there too.
    forEachRing(rings, [&](size_t, size_t, size_t, const Ring& ring) {
        const size_t n = ring.size();
        const auto count =
            std::count_if(ring.begin(), ring.end(), [&](Point p) { return junctions.contains(p); });
        if (n >= 3 && count < 3)
            for (size_t k : {size_t{0}, n / 3, 2 * n / 3}) junctions.insert(ring[k]);
    });

    // Cut every ring into chains; a chain met a second time (from the neighbour's side, usually
    // backwards) is found by its first segment in the canonical direction.
    std::unordered_map<SegmentKey, size_t, SegmentHash> chainByStart;
    m_items.resize(items.size());
    forEachRing(rings, [&](size_t item, size_t p, size_t r, const Ring& ring) {
        if (m_items[item].size() <= p) m_items[item].resize(p + 1);
        PolygonChains& polygon = m_items[item][p];
        if (polygon.size() <= r) polygon.resize(r + 1);
        RingChains& uses = polygon[r];
        const size_t n = ring.size();
        if (n < 3) return;
        size_t start = 0;
        while (!junctions.contains(ring[start])) ++start; // there are at least three
        std::vector<Point> chain{ring[start]};
        for (size_t step = 1; step <= n; ++step) {
            const Point& q = ring[(start + step) % n];
            chain.push_back(q);
            if (!junctions.contains(q)) continue;
            const size_t m = chain.size();
            const bool reversed = lessPair(chain[m - 1], chain[m - 2], chain[0], chain[1]);
            if (reversed) std::reverse(chain.begin(), chain.end());
            auto [it, added] = chainByStart.try_emplace(SegmentKey{chain[0], chain[1]}, m_chains.size());
            if (added) m_chains.push_back(chain);
            uses.push_back({it->second, reversed});
            chain.assign(1, q);
        }
    });
}

std::vector<std::vector<Polygon>> CoverageSimplifier::simplify(double tolerance) {
    // Every chain on its own with GEOS's Douglas–Peucker, on every core. GEOS's topology-preserving
    // simplifier did all chains in one serial call and was the longest part of a country-scale load
    // (3.8 of 7 s on the levels' thread): its check of every shortened segment against a quadtree of
    // all others costs far more than finding the few conflicts afterwards.
    std::vector<std::vector<Point>> next(m_chains.size());
    parallelFor(m_chains.size(), [&](size_t c, const GeosContext& geos) {
        GEOSContextHandle_t h = geos.handle();
        const std::vector<Point>& chain = m_chains[c];
        GEOSCoordSequence* seq = GEOSCoordSeq_create_r(h, static_cast<unsigned>(chain.size()), 2);
        for (unsigned k = 0; k < chain.size(); ++k) GEOSCoordSeq_setXY_r(h, seq, k, chain[k].x, chain[k].y);
        const auto line = geos.wrap(GEOSGeom_createLineString_r(h, seq));
        const auto simplified = line ? geos.wrap(GEOSSimplify_r(h, line.get(), tolerance)) : nullptr;
        std::vector<Point> points = simplified ? readLine(h, simplified.get()) : std::vector<Point>{};
        if (points.size() < 2) return; // GEOS failed: the chain stays as it was, still a correct border
        // The ends are the junctions the neighbours share: keep them bit for bit.
        points.front() = chain.front();
        points.back() = chain.back();
        next[c] = std::move(points);
    });
    // Simplified alone, a chain may now cross or touch another (a border cutting across a small island)
    // or have become the same segment as one (a thin unit between two junctions collapsing). Those
    // chains stay as they were; that can bring new conflicts with a simplified chain, so look again.
    for (size_t c = 0; c < next.size(); ++c)
        if (next[c].empty()) next[c] = m_chains[c];
    for (;;) {
        const std::vector<bool> conflict = chainsInConflict(next);
        bool restored = false;
        for (size_t c = 0; c < next.size(); ++c)
            if (conflict[c] && next[c].size() != m_chains[c].size()) {
                next[c] = m_chains[c];
                restored = true;
            }
        if (!restored) break; // what conflicts now is as it was in the input
    }
    m_chains = std::move(next);

    std::vector<std::vector<Polygon>> result(m_items.size());
    for (size_t i = 0; i < m_items.size(); ++i)
        for (const PolygonChains& polygonChains : m_items[i]) {
            Polygon polygon;
            polygon.outer = rebuild(polygonChains.front());
            if (polygon.outer.size() < 3) continue;
            for (size_t r = 1; r < polygonChains.size(); ++r)
                if (Ring hole = rebuild(polygonChains[r]); hole.size() >= 3)
                    polygon.holes.push_back(std::move(hole));
            result[i].push_back(std::move(polygon));
        }
    return result;
}

Ring CoverageSimplifier::rebuild(const RingChains& uses) const {
    Ring ring;
    for (const ChainUse& use : uses) {
        const std::vector<Point>& chain = m_chains[use.chain];
        const size_t n = chain.size();
        // Each chain starts where the last one ended: skip that shared point.
        for (size_t k = 1; k < n; ++k) ring.push_back(use.reversed ? chain[n - 1 - k] : chain[k]);
    }
    return ring;
}

} // namespace geodata
