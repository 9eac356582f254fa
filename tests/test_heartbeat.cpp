// The kiosk's heartbeat file for a watchdog: written at once, rewritten every period, never throwing.
#include "modes/kiosk/admin_gate.hpp"
#include "modes/kiosk/heartbeat.hpp"
#include "modes/kiosk/kiosk_session.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// A fresh folder per test, so tests run in parallel by ctest do not share files.
fs::path freshFolder() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    const fs::path folder = fs::temp_directory_path() / "tidsatlas-tests" /
                            (std::string(info->test_suite_name()) + "." + info->name());
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder;
}

} // namespace

TEST(Heartbeat, WritesAtOnceAndAgainAfterThePeriod) {
    const fs::path file = freshFolder() / "heartbeat";
    std::int64_t now = 1700000000;
    app::Heartbeat beat(file.string(), 5, [&] { return now; });
    EXPECT_FALSE(fs::exists(file));
    beat.advance(0.016);
    ASSERT_TRUE(fs::exists(file));
    EXPECT_EQ(readFile(file), "1700000000\n");

    now += 3;
    beat.advance(3);
    EXPECT_EQ(readFile(file), "1700000000\n") << "not before the period";
    now += 2;
    beat.advance(2);
    EXPECT_EQ(readFile(file), "1700000005\n");
    EXPECT_EQ(beat.beats(), 2);
    EXPECT_FALSE(fs::exists(file.string() + ".tmp"));
}

TEST(Heartbeat, UsesTheSystemClockByDefault) {
    const fs::path file = freshFolder() / "heartbeat";
    app::Heartbeat beat(file.string(), 5);
    beat.advance(0.1);
    const long long written = std::stoll(readFile(file));
    EXPECT_GT(written, 1700000000LL) << "Unix seconds";
    EXPECT_LE(fs::last_write_time(file), fs::file_time_type::clock::now());
}

TEST(Heartbeat, AnUnwritablePathIsReportedOnceAndRetried) {
    const fs::path folder = freshFolder() / "not-yet";
    app::Heartbeat beat((folder / "heartbeat").string(), 1, [] { return std::int64_t{42}; });
    ::testing::internal::CaptureStderr();
    EXPECT_NO_THROW(beat.advance(0.1));
    EXPECT_NO_THROW(beat.advance(1));
    EXPECT_NO_THROW(beat.advance(1));
    const std::string err = ::testing::internal::GetCapturedStderr();
    EXPECT_FALSE(beat.lastBeatOk());
    EXPECT_EQ(beat.beats(), 0);
    EXPECT_NE(err.find("not-yet"), std::string::npos) << "the message names the path: " << err;
    EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1) << "reported once, not every beat: " << err;

    fs::create_directories(folder);
    beat.advance(1);
    EXPECT_TRUE(beat.lastBeatOk());
    EXPECT_EQ(readFile(folder / "heartbeat"), "42\n");
}

TEST(Heartbeat, AnEmptyPathMeansNoHeartbeat) {
    app::Heartbeat beat("", 5);
    ::testing::internal::CaptureStderr();
    beat.advance(10);
    EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
    EXPECT_EQ(beat.beats(), 0);
}
