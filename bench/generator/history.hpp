#pragma once
// A century of boundary changes on the cells of a tessellation: cells grow into the first
// year's units, then merger waves join neighbouring units and a split wave cuts some in two.
// The result is a list of unit versions, each a set of cells with the years it is valid.
#include "random.hpp"
#include "tessellation.hpp"

#include <string>
#include <vector>

namespace generator {

inline constexpr int kOpenEnd = 9999; // to_year of a version still valid (as in the bundled data)

enum class WaveKind { Merger, Split };

struct WaveSpec {
    int year = 0;
    WaveKind kind = WaveKind::Merger;
    /// Merger: units left after the wave, as a share of the first year's units.
    /// Split: units split in two, as a share of the first year's units (at least one).
    double share = 0;
};

/// 1900 → 1950 → 1970 with the count falling to 62 % and then 36 %, and a split wave in 1990.
[[nodiscard]] std::vector<WaveSpec> defaultWaves();

/// What a wave is meant to do for a given number of first-year units: `groups` mergers that
/// together remove `removed` units, or `groups` splits.
struct WavePlan {
    int year = 0;
    WaveKind kind = WaveKind::Merger;
    int groups = 0;
    int removed = 0;
};
[[nodiscard]] std::vector<WavePlan> planWaves(int units, const std::vector<WaveSpec>& waves);
/// Versions the plan makes: one per first-year unit, one per merger, two per split.
[[nodiscard]] int plannedVersions(int units, const std::vector<WaveSpec>& waves);

struct Version {
    std::string code;
    std::string name;
    std::string kind;
    int fromYear = 0;
    int toYear = kOpenEnd;
    std::vector<int> cells; // ascending cell indexes of the tessellation
};

/// What a wave really did (a merger group can come out smaller than planned when a unit has
/// no free neighbour left; the report tells).
struct WaveOutcome {
    WavePlan plan;
    int groups = 0;      // mergers or splits done
    int members = 0;     // units that took part (merged away or split)
    int unitsBefore = 0; // valid the year before
    int unitsAfter = 0;  // valid from the wave's year
};

struct History {
    std::vector<Version> versions; // ordered by code, then year
    std::vector<WaveOutcome> waves;
    int lineageLinks = 0; // predecessor→successor pairs by shared area, as the loader derives them
};

/// Grows `units` units from random seed cells (cells out of reach of every seed are left out),
/// valid from `foundedYear`, then applies the waves in year order (each after `foundedYear`).
/// Deterministic for a given random stream.
[[nodiscard]] History buildHistory(const Tessellation& tessellation, int units, int foundedYear,
                                   const std::vector<WaveSpec>& waves, Random& random);

} // namespace generator
