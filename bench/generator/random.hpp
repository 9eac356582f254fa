#pragma once
// A seeded random stream that gives the same numbers on every platform and standard library
// (std::uniform_*_distribution does not promise that), so a seed always makes the same dataset.
#include <cstddef>
#include <cstdint>

namespace generator {

class Random {
  public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}

    /// SplitMix64 (Steele, Lea, Flood 2014): 64 well-mixed bits per call.
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, 1), 53 bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    /// Uniform in [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /// Uniform integer in [0, n); n > 0 (53 random bits: unbiased enough for any n here).
    std::size_t below(std::size_t n) {
        const auto pick = static_cast<std::size_t>(uniform() * static_cast<double>(n));
        return pick < n ? pick : n - 1;
    }
    /// An independent stream for one part of the work, so that changing how much one part
    /// draws does not change what the others get.
    Random fork(std::uint64_t salt) { return Random(next() ^ (salt * 0xD1B54A32D192ED03ULL)); }

  private:
    std::uint64_t m_state;
};

} // namespace generator
