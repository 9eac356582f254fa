// How the soak tells a leak from the graphics driver's caches: steadyGrowthKb (cli/soak.hpp) counts the
// growth of the typical interval between memory samples, so a one-off step (a draw state's compiled code) is
// not a leak, and growth in every interval is, however small each step.
#include "cli/soak.hpp"

#include <gtest/gtest.h>

namespace {

std::vector<app::MemorySample> samples(const std::vector<long>& rssKb) {
    std::vector<app::MemorySample> out;
    for (std::size_t i = 0; i < rssKb.size(); ++i)
        out.push_back({static_cast<long>(i) * 100, static_cast<double>(i), rssKb[i]});
    return out;
}

} // namespace

TEST(SoakGrowth, OneStepOfTheDriverIsNotSteadyGrowth) {
    // A page (4 KiB) up or down is noise: at most one page per interval remains.
    EXPECT_LE(app::steadyGrowthKb(samples({170000, 170000, 170004, 172800, 172800, 172796, 172800})), 6 * 4);
    EXPECT_EQ(app::steadyGrowthKb(samples({170000, 168800, 168800, 170100, 170100, 170100})), 0)
        << "a dip and its return";
}

TEST(SoakGrowth, GrowthInEveryIntervalIsCountedInFull) {
    std::vector<long> leaking;
    for (long i = 0; i <= 20; ++i) leaking.push_back(170000 + 136 * i + (i % 2 == 0 ? 0 : 4));
    EXPECT_GE(app::steadyGrowthKb(samples(leaking)), 20 * 132);
    EXPECT_LE(app::steadyGrowthKb(samples(leaking)), 20 * 140);
    // A leak with one driver step on top: the step is left out, the leak is not.
    leaking[10] += 2800;
    for (std::size_t i = 11; i < leaking.size(); ++i) leaking[i] += 2800;
    EXPECT_GE(app::steadyGrowthKb(samples(leaking)), 20 * 132);
}

TEST(SoakGrowth, ACacheThatFillsAndIsTrimmedAgainIsNotSteadyGrowth) {
    // Up a little in most intervals, down again every tenth: the typical step is up, the floor stays.
    std::vector<long> sawTooth;
    for (long i = 0; i <= 40; ++i) sawTooth.push_back(170000 + 120 * (i % 10));
    EXPECT_LE(app::steadyGrowthKb(samples(sawTooth)), 0);
    // The same saw-tooth on a leak is still the leak's.
    for (long i = 0; i <= 40; ++i) sawTooth[static_cast<std::size_t>(i)] += 100 * i;
    EXPECT_GE(app::steadyGrowthKb(samples(sawTooth)), 40 * 100 - 2 * 120 * 9);
}

TEST(SoakGrowth, FewerThanTwoSamplesHaveNoGrowth) {
    EXPECT_EQ(app::steadyGrowthKb({}), 0);
    EXPECT_EQ(app::steadyGrowthKb(samples({170000})), 0);
}
