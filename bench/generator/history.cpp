#include "history.hpp"

#include "unit_names.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <deque>
#include <numeric>
#include <stdexcept>

namespace generator {

std::vector<WaveSpec> defaultWaves() {
    return {{1950, WaveKind::Merger, 0.62}, {1970, WaveKind::Merger, 0.36}, {1990, WaveKind::Split, 0.02}};
}

std::vector<WavePlan> planWaves(int units, const std::vector<WaveSpec>& waves) {
    std::vector<WaveSpec> ordered = waves;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const WaveSpec& a, const WaveSpec& b) { return a.year < b.year; });
    std::vector<WavePlan> plans;
    int live = units;
    for (const WaveSpec& wave : ordered) {
        WavePlan plan{wave.year, wave.kind, 0, 0};
        const int wanted = static_cast<int>(std::lround(wave.share * units));
        if (wave.kind == WaveKind::Merger) {
            const int target = std::max(1, wanted);
            plan.removed = std::max(0, live - target);
            // Groups of 2.6 units on average (2 to about 5): a merger joins a unit with one to
            // a few neighbours. k groups remove removed units when their sizes add up to removed + k.
            if (plan.removed > 0)
                plan.groups = std::clamp(static_cast<int>(std::lround(plan.removed / 1.6)), 1,
                                         std::min(plan.removed, target));
            live -= plan.removed;
        } else {
            plan.groups = std::min(live, std::max(1, wanted));
            live += plan.groups;
        }
        plans.push_back(plan);
    }
    return plans;
}

int plannedVersions(int units, const std::vector<WaveSpec>& waves) {
    int versions = units;
    for (const WavePlan& plan : planWaves(units, waves))
        versions += plan.kind == WaveKind::Merger ? plan.groups : 2 * plan.groups;
    return versions;
}

namespace {

void shuffle(std::vector<int>& items, Random& random) {
    for (size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[random.below(i)]);
}

// The state between waves: the units valid now, each pointing at its current version.
class Map {
  public:
    Map(const Tessellation& tessellation, Random& random) : m_t(tessellation), m_random(random) {}

    // Seeds `units` random cells and lets them grow one random frontier cell at a time, which
    // gives ragged, realistic borders (an Eden growth), not the straight ones of nearest-seed.
    void grow(int units, int foundedYear) {
        const size_t cells = m_t.cellCount();
        if (units < 1 || static_cast<size_t>(units) > cells)
            throw std::invalid_argument("cannot grow " + std::to_string(units) + " units from " +
                                        std::to_string(cells) + " cells");
        std::vector<int> all(cells);
        std::iota(all.begin(), all.end(), 0);
        std::vector<int> owner(cells, -1);
        struct Claim {
            int cell;
            int unit;
        };
        std::vector<Claim> frontier;
        auto claim = [&](int cell, int unit) {
            owner[static_cast<size_t>(cell)] = unit;
            for (int n : m_t.neighbours[static_cast<size_t>(cell)])
                if (owner[static_cast<size_t>(n)] < 0) frontier.push_back({n, unit});
        };
        for (int u = 0; u < units; ++u) { // partial Fisher–Yates: distinct random seeds
            const size_t pick = static_cast<size_t>(u) + m_random.below(cells - static_cast<size_t>(u));
            std::swap(all[static_cast<size_t>(u)], all[pick]);
            claim(all[static_cast<size_t>(u)], u);
        }
        while (!frontier.empty()) {
            const size_t i = m_random.below(frontier.size());
            const Claim next = frontier[i];
            frontier[i] = frontier.back();
            frontier.pop_back();
            if (owner[static_cast<size_t>(next.cell)] < 0) claim(next.cell, next.unit);
        }
        std::vector<std::vector<int>> cellsOf(static_cast<size_t>(units));
        for (size_t c = 0; c < cells; ++c)
            if (owner[c] >= 0) cellsOf[static_cast<size_t>(owner[c])].push_back(static_cast<int>(c));
        for (auto& unitCells : cellsOf) {
            // About one first-year unit in twelve is a town, as in Swedish data around 1900.
            const std::string kind = m_random.below(12) == 0 ? "stad" : "landskommun";
            m_live.push_back(
                addVersion(newCode(), m_names.next(m_random), kind, foundedYear, std::move(unitCells)));
        }
    }

    WaveOutcome merge(const WavePlan& plan) {
        WaveOutcome outcome{plan, 0, 0, static_cast<int>(m_live.size()), 0};
        const std::vector<std::vector<int>> adjacent = unitNeighbours();
        // Group sizes: all start at two, the units still to remove go to random groups.
        std::vector<int> sizes(static_cast<size_t>(plan.groups), 2);
        for (int extra = 0; extra < plan.removed - plan.groups; ++extra)
            ++sizes[m_random.below(sizes.size())];
        std::vector<int> order(m_live.size());
        std::iota(order.begin(), order.end(), 0);
        shuffle(order, m_random);
        std::vector<bool> taken(m_live.size(), false);
        std::vector<std::vector<int>> groups;
        size_t seedAt = 0;
        int carry = 0; // members a group could not find, handed on to the next group
        for (int size : sizes) {
            size += carry;
            carry = 0;
            std::vector<int> group;
            while (group.size() < 2 && seedAt < order.size()) {
                group.clear();
                const int seed = order[seedAt++];
                if (taken[static_cast<size_t>(seed)]) continue;
                group = growGroup(seed, size, adjacent, taken);
            }
            if (group.size() < 2) {
                carry = size; // nowhere left to start a group
                break;
            }
            carry = size - static_cast<int>(group.size());
            for (int u : group) taken[static_cast<size_t>(u)] = true;
            groups.push_back(std::move(group));
        }
        std::vector<int> next;
        for (size_t u = 0; u < m_live.size(); ++u)
            if (!taken[u]) next.push_back(m_live[u]);
        for (const std::vector<int>& group : groups) {
            // The largest member keeps its code and name; the others end.
            int survivor = group.front();
            std::vector<int> cells;
            for (int u : group) {
                Version& old = m_versions[static_cast<size_t>(m_live[static_cast<size_t>(u)])];
                if (old.cells.size() >
                    m_versions[static_cast<size_t>(m_live[static_cast<size_t>(survivor)])].cells.size())
                    survivor = u;
                old.toYear = plan.year - 1;
                cells.insert(cells.end(), old.cells.begin(), old.cells.end());
            }
            std::sort(cells.begin(), cells.end());
            const Version& kept = m_versions[static_cast<size_t>(m_live[static_cast<size_t>(survivor)])];
            next.push_back(addVersion(kept.code, kept.name, "kommun", plan.year, std::move(cells)));
            outcome.members += static_cast<int>(group.size());
        }
        outcome.groups = static_cast<int>(groups.size());
        m_lineageLinks += outcome.members; // the new version came from each member's old one
        m_live = std::move(next);
        outcome.unitsAfter = static_cast<int>(m_live.size());
        return outcome;
    }

    WaveOutcome split(const WavePlan& plan) {
        WaveOutcome outcome{plan, 0, 0, static_cast<int>(m_live.size()), 0};
        // Split among the larger half of the units (a town grown out of a big municipality).
        std::vector<int> order(m_live.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return cellsOf(a).size() > cellsOf(b).size(); });
        order.resize(std::max<size_t>(static_cast<size_t>(plan.groups), order.size() / 2));
        shuffle(order, m_random);
        std::vector<bool> splitting(m_live.size(), false);
        for (int u : order) {
            if (outcome.groups == plan.groups) break;
            if (cellsOf(u).size() < 2) continue;
            splitting[static_cast<size_t>(u)] = true;
            ++outcome.groups;
        }
        std::vector<int> next;
        for (size_t u = 0; u < m_live.size(); ++u) {
            if (!splitting[u]) {
                next.push_back(m_live[u]);
                continue;
            }
            Version& old = m_versions[static_cast<size_t>(m_live[u])];
            old.toYear = plan.year - 1;
            auto [keep, leave] = halve(old.cells);
            const std::string code = old.code, name = old.name; // addVersion may move m_versions
            next.push_back(addVersion(code, name, "kommun", plan.year, std::move(keep)));
            next.push_back(
                addVersion(newCode(), m_names.next(m_random), "kommun", plan.year, std::move(leave)));
        }
        outcome.members = outcome.groups;
        m_lineageLinks += 2 * outcome.groups; // both halves came from the old version
        m_live = std::move(next);
        outcome.unitsAfter = static_cast<int>(m_live.size());
        return outcome;
    }

    History finish(std::vector<WaveOutcome> waves) {
        History h;
        h.versions = std::move(m_versions);
        std::stable_sort(h.versions.begin(), h.versions.end(), [](const Version& a, const Version& b) {
            return a.code < b.code || (a.code == b.code && a.fromYear < b.fromYear);
        });
        h.waves = std::move(waves);
        h.lineageLinks = m_lineageLinks;
        return h;
    }

  private:
    int addVersion(std::string code, std::string name, std::string kind, int from, std::vector<int> cells) {
        m_versions.push_back(
            {std::move(code), std::move(name), std::move(kind), from, kOpenEnd, std::move(cells)});
        return static_cast<int>(m_versions.size() - 1);
    }
    std::string newCode() {
        char text[16];
        std::snprintf(text, sizeof text, "%06d", ++m_lastCode);
        return text;
    }
    const std::vector<int>& cellsOf(int live) const {
        return m_versions[static_cast<size_t>(m_live[static_cast<size_t>(live)])].cells;
    }

    // Units (indexes into m_live) that share a cell edge, ascending for each unit.
    std::vector<std::vector<int>> unitNeighbours() const {
        std::vector<int> owner(m_t.cellCount(), -1);
        for (size_t u = 0; u < m_live.size(); ++u)
            for (int c : cellsOf(static_cast<int>(u))) owner[static_cast<size_t>(c)] = static_cast<int>(u);
        std::vector<std::vector<int>> adjacent(m_live.size());
        for (size_t c = 0; c < owner.size(); ++c) {
            if (owner[c] < 0) continue;
            for (int n : m_t.neighbours[c]) {
                const int other = owner[static_cast<size_t>(n)];
                if (other >= 0 && other != owner[c]) adjacent[static_cast<size_t>(owner[c])].push_back(other);
            }
        }
        for (auto& list : adjacent) {
            std::sort(list.begin(), list.end());
            list.erase(std::unique(list.begin(), list.end()), list.end());
        }
        return adjacent;
    }

    // A seed and up to size - 1 free neighbours, picked at random from the group's frontier.
    std::vector<int> growGroup(int seed, int size, const std::vector<std::vector<int>>& adjacent,
                               const std::vector<bool>& taken) {
        std::vector<int> group{seed};
        std::vector<int> frontier;
        auto extend = [&](int u) {
            for (int n : adjacent[static_cast<size_t>(u)])
                if (!taken[static_cast<size_t>(n)] &&
                    std::find(group.begin(), group.end(), n) == group.end() &&
                    std::find(frontier.begin(), frontier.end(), n) == frontier.end())
                    frontier.push_back(n);
        };
        extend(seed);
        while (static_cast<int>(group.size()) < size && !frontier.empty()) {
            const size_t i = m_random.below(frontier.size());
            const int picked = frontier[i];
            frontier.erase(frontier.begin() + static_cast<std::ptrdiff_t>(i));
            group.push_back(picked);
            extend(picked);
        }
        return group;
    }

    // Two contiguous halves: grow from two far-apart cells in turn, one cell each step.
    std::pair<std::vector<int>, std::vector<int>> halve(const std::vector<int>& cells) {
        std::vector<int> local(m_t.cellCount(), -1); // cell → index in `cells`, or -1
        for (size_t i = 0; i < cells.size(); ++i) local[static_cast<size_t>(cells[i])] = static_cast<int>(i);
        auto farthestFrom = [&](int start) {
            std::vector<bool> seen(cells.size(), false);
            std::deque<int> queue{start};
            seen[static_cast<size_t>(local[static_cast<size_t>(start)])] = true;
            int last = start;
            while (!queue.empty()) {
                last = queue.front();
                queue.pop_front();
                for (int n : m_t.neighbours[static_cast<size_t>(last)]) {
                    const int i = local[static_cast<size_t>(n)];
                    if (i >= 0 && !seen[static_cast<size_t>(i)]) {
                        seen[static_cast<size_t>(i)] = true;
                        queue.push_back(n);
                    }
                }
            }
            return last;
        };
        const int a = farthestFrom(cells[m_random.below(cells.size())]);
        const int b = farthestFrom(a);
        std::vector<int> side(cells.size(), -1);
        std::deque<int> queues[2] = {{a}, {b}};
        side[static_cast<size_t>(local[static_cast<size_t>(a)])] = 0;
        side[static_cast<size_t>(local[static_cast<size_t>(b)])] = 1;
        while (!queues[0].empty() || !queues[1].empty()) {
            for (int s = 0; s < 2; ++s) {
                if (queues[s].empty()) continue;
                const int c = queues[s].front();
                queues[s].pop_front();
                for (int n : m_t.neighbours[static_cast<size_t>(c)]) {
                    const int i = local[static_cast<size_t>(n)];
                    if (i >= 0 && side[static_cast<size_t>(i)] < 0) {
                        side[static_cast<size_t>(i)] = s;
                        queues[s].push_back(n);
                    }
                }
            }
        }
        std::pair<std::vector<int>, std::vector<int>> halves;
        for (size_t i = 0; i < cells.size(); ++i) // cells the BFS never reached stay with the first half
            (side[i] == 1 ? halves.second : halves.first).push_back(cells[i]);
        return halves;
    }

    const Tessellation& m_t;
    Random& m_random;
    UnitNames m_names;
    std::vector<Version> m_versions;
    std::vector<int> m_live; // version index of each unit valid now
    int m_lastCode = 0;
    int m_lineageLinks = 0;
};

} // namespace

History buildHistory(const Tessellation& tessellation, int units, int foundedYear,
                     const std::vector<WaveSpec>& waves, Random& random) {
    Map map(tessellation, random);
    map.grow(units, foundedYear);
    std::vector<WaveOutcome> outcomes;
    for (const WavePlan& plan : planWaves(units, waves)) {
        if (plan.year <= foundedYear)
            throw std::invalid_argument("wave year " + std::to_string(plan.year) + " is not after " +
                                        std::to_string(foundedYear) + ", when the first units start");
        outcomes.push_back(plan.kind == WaveKind::Merger ? map.merge(plan) : map.split(plan));
    }
    return map.finish(std::move(outcomes));
}

} // namespace generator
