// The kiosk's heartbeat file for a watchdog: written at once, rewritten every period, never throwing.
#include "modes/kiosk/admin_gate.hpp"
#include "modes/kiosk/heartbeat.hpp"
#include "modes/kiosk/kiosk_session.hpp"
#include "platform/temporary_file.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <string>
#include <vector>

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

// Issue 19, case 7: the temporary file had a fixed name ("<heartbeat>.tmp", in the shared /tmp by default),
// so a link planted under that name got its target overwritten. Now it has a name nobody can guess, is
// created beside the heartbeat with O_EXCL|O_NOFOLLOW, and no link is followed.
TEST(Heartbeat, APlantedLinkIsNeverWrittenThrough) {
    const fs::path folder = freshFolder();
    const fs::path victim = folder / "victim";
    std::ofstream(victim) << "precious";
    // The names the old code (and any fixed scheme) would use, each a link to the victim.
    fs::create_symlink(victim, folder / "heartbeat.tmp");
    fs::create_symlink(victim, folder / "heartbeat.tmp.partial");
    app::Heartbeat beat((folder / "heartbeat").string(), 1, [] { return std::int64_t{42}; });
    for (int i = 0; i < 3; ++i) beat.beat();
    EXPECT_EQ(beat.beats(), 3);
    EXPECT_EQ(readFile(victim), "precious");
    EXPECT_EQ(readFile(folder / "heartbeat"), "42\n");
    EXPECT_FALSE(fs::is_symlink(folder / "heartbeat"));
    // Nothing else is left beside it: the temporary files were renamed, not copied.
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    EXPECT_EQ(names,
              (std::vector<std::string>{"heartbeat", "heartbeat.tmp", "heartbeat.tmp.partial", "victim"}));
}

// The temporary file's name is not predictable: two beats use different names, made beside the heartbeat.
TEST(TemporaryFile, NamesAreUnpredictableAndRefuseToFollowLinks) {
    const fs::path folder = freshFolder();
    std::string error;
    auto first = app::TemporaryFile::createBeside(folder / "target.txt", error);
    auto second = app::TemporaryFile::createBeside(folder / "target.txt", error);
    ASSERT_TRUE(first && second) << error;
    EXPECT_NE(first->path(), second->path());
    EXPECT_EQ(first->path().parent_path(), folder);
    EXPECT_EQ(first->path().extension(), ".txt"); // writers that choose a format by it (ffmpeg, SFML)
    ASSERT_TRUE(first->write("new", error)) << error;
    ASSERT_TRUE(first->commit(error)) << error;
    EXPECT_EQ(readFile(folder / "target.txt"), "new");
    second->discard();
    EXPECT_FALSE(fs::exists(second->path()));
    // A folder that is not there, and a target that is a folder, are said in words.
    EXPECT_FALSE(app::TemporaryFile::createBeside(folder / "missing" / "x", error));
    EXPECT_NE(error.find("the folder " + (folder / "missing").string() + " does not exist"),
              std::string::npos)
        << error;
    fs::create_directories(folder / "a-folder");
    EXPECT_FALSE(app::TemporaryFile::createBeside(folder / "a-folder", error));
    EXPECT_NE(error.find("it is a folder"), std::string::npos) << error;
}

TEST(Heartbeat, AnEmptyPathMeansNoHeartbeat) {
    app::Heartbeat beat("", 5);
    ::testing::internal::CaptureStderr();
    beat.advance(10);
    EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
    EXPECT_EQ(beat.beats(), 0);
}
