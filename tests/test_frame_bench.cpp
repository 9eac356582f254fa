// The figures `tidsatlas --bench` prints: percentiles and peak resident memory.
#include "cli/frame_bench.hpp"

#include <cstring>
#include <gtest/gtest.h>
#include <memory>

TEST(FrameBench, MedianAndNearestRankP99) {
    std::vector<double> millis;
    for (int i = 100; i >= 1; --i) millis.push_back(i); // 1 … 100, unsorted
    const app::FrameTimes t = app::summarise(millis);
    EXPECT_DOUBLE_EQ(t.medianMs, 50.5);
    EXPECT_DOUBLE_EQ(t.p99Ms, 99.0);
    EXPECT_DOUBLE_EQ(app::summarise({7.0}).p99Ms, 7.0);
}

TEST(FrameBench, PeakResidentMemoryGrowsWithTouchedMemory) {
    const std::optional<double> before = app::peakResidentMb();
    ASSERT_TRUE(before.has_value()) << "/proc/self/status has no VmHWM";
    EXPECT_GT(*before, 1.0);
    // 96 MiB more than this process has ever had resident (the peak so far bounds what is in use).
    const auto size = static_cast<size_t>((*before + 96) * 1024 * 1024);
    auto block = std::make_unique<char[]>(size);
    std::memset(block.get(), 1, size); // touched, so resident
    const std::optional<double> after = app::peakResidentMb();
    ASSERT_TRUE(after.has_value());
    EXPECT_GE(*after, *before + 90) << "VmHWM did not follow " << size / (size_t{1024} * 1024)
                                    << " MiB touched";
    EXPECT_EQ(block[size - 1], 1);
}
