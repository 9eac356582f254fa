// The highest multisampling level the graphics driver has at or below a request (--msaa 8 on llvmpipe).
#include "bundled_dataset.hpp"
#include "platform/sample_level.hpp"

#include <gtest/gtest.h>

TEST(SampleLevel, TheHighestLevelTheDriverHasAtOrBelowTheRequest) {
    EXPECT_EQ(app::highestSampleLevel(8, 4), 4U) << "llvmpipe: --msaa 8 gets 4";
    EXPECT_EQ(app::highestSampleLevel(8, 16), 8U) << "a request the driver has is kept";
    EXPECT_EQ(app::highestSampleLevel(4, 4), 4U);
    EXPECT_EQ(app::highestSampleLevel(8, 6), 4U) << "a power of two, as --msaa offers";
    EXPECT_EQ(app::highestSampleLevel(2, 1), 0U) << "a driver without multisampling";
    EXPECT_EQ(app::highestSampleLevel(0, 8), 0U);
}

TEST(SampleLevel, TheDriversAnswerIsUsedAndARequestItHasIsKept) {
    if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
    const unsigned max = app::driverMaxSamples();
    EXPECT_EQ(app::supportedSampleLevel(0), 0U);
    EXPECT_EQ(app::supportedSampleLevel(max * 2), app::highestSampleLevel(max * 2, max));
    if (max >= 2) {
        EXPECT_EQ(app::supportedSampleLevel(2), 2U);
    }
}
