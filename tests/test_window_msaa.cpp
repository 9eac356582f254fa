// The window's multisampling: none on a software renderer unless --msaa says so.
#include "bundled_dataset.hpp"
#include "platform/options.hpp"
#include "platform/sample_level.hpp"
#include "platform/window_msaa.hpp"

#include <gtest/gtest.h>

namespace {

app::Options parse(std::vector<const char*> args) {
    args.insert(args.begin(), "tidsatlas");
    int exitCode = 0;
    const auto options =
        app::parseOptions(static_cast<int>(args.size()), const_cast<char**>(args.data()), exitCode);
    EXPECT_TRUE(options.has_value());
    return options.value_or(app::Options{});
}

} // namespace

TEST(WindowMsaa, SoftwareRenderersAreRecognised) {
    EXPECT_TRUE(app::isSoftwareRenderer("llvmpipe (LLVM 15.0.6, 256 bits)"));
    EXPECT_TRUE(app::isSoftwareRenderer("softpipe"));
    EXPECT_TRUE(app::isSoftwareRenderer("Software Rasterizer"));
    EXPECT_FALSE(app::isSoftwareRenderer("Mesa Intel(R) UHD Graphics 620 (KBL GT2)"));
    EXPECT_FALSE(app::isSoftwareRenderer("NVIDIA GeForce GTX 1050/PCIe/SSE2"));
    EXPECT_FALSE(app::isSoftwareRenderer("AMD Radeon RX 580 (radeonsi, polaris10, LLVM 15.0.6, DRM 3.49)"));
}

TEST(WindowMsaa, NoneOnSoftwareUnlessAskedFor) {
    const std::string software = "llvmpipe (LLVM 15.0.6, 256 bits)";
    const std::string gpu = "Mesa Intel(R) UHD Graphics 620 (KBL GT2)";
    const app::Options defaults = parse({});
    EXPECT_EQ(app::windowMsaa(defaults, software), 0U);
    EXPECT_EQ(app::windowMsaa(defaults, gpu), defaults.msaa);
    EXPECT_GT(defaults.msaa, 0U);
    const app::Options four = parse({"--msaa", "4"});
    EXPECT_EQ(app::windowMsaa(four, software), 4U) << "an explicit --msaa wins";
    const app::Options none = parse({"--msaa", "0"});
    EXPECT_EQ(app::windowMsaa(none, gpu), 0U);
}

TEST(WindowMsaa, TheTestMachinesRendererIsNamed) {
    if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
    EXPECT_FALSE(app::glRenderer().empty());
}

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
