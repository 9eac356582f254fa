// The log file: stamped whole lines, rotation by size with a bounded number of old files, several threads
// at once, and a file that cannot be written (no folder, disk full) costing nothing but a stderr line.
#include "fixture_writer.hpp"
#include "platform/log.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <regex>
#include <set>
#include <sstream>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> readLines(const fs::path& path) {
    std::vector<std::string> lines;
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// 2026-11-27T03:26:44.123Z, fixed so lines can be compared exactly.
app::Logger::Clock fixedClock() {
    return [] { return std::chrono::system_clock::time_point(1795750004123ms); };
}

app::LogSettings quietSettings(const fs::path& file) {
    app::LogSettings settings;
    settings.path = file.string();
    settings.mirrorToStderr = false;
    settings.rotationPauseSeconds = 0; // rotation itself is tested here; the pause has its own test
    return settings;
}

// A message that makes a log line of exactly `lineBytes` bytes with the fixed clock, numbered.
std::string numberedMessage(int n, std::size_t lineBytes) {
    const std::string prefix = "2026-11-27T03:26:44.123Z info: ";
    std::string message = "line " + std::to_string(n) + " ";
    message.resize(lineBytes - prefix.size() - 1, 'x');
    return message;
}

} // namespace

TEST(Log, WritesOneStampedLinePerMessageLine) {
    const fs::path file = fixtures::freshFolder() / "sub" / "tidsatlas.log";
    app::Logger log(quietSettings(file), fixedClock());
    log.info("started");
    log.warning("two\nlines");
    log.error("bad");
    EXPECT_TRUE(log.fileOk());
    EXPECT_EQ(readFile(file), "2026-11-27T03:26:44.123Z info: started\n"
                              "2026-11-27T03:26:44.123Z warning: two\n"
                              "2026-11-27T03:26:44.123Z warning: lines\n"
                              "2026-11-27T03:26:44.123Z error: bad\n")
        << "the folder is created, and every line carries its own stamp";
}

TEST(Log, MirrorsToStderrInTheAppsUsualForm) {
    const fs::path file = fixtures::freshFolder() / "tidsatlas.log";
    app::LogSettings settings = quietSettings(file);
    settings.mirrorToStderr = true;
    app::Logger log(settings, fixedClock());
    ::testing::internal::CaptureStderr();
    log.info("reloaded");
    log.warning("timeline.json line 3: bad");
    EXPECT_EQ(::testing::internal::GetCapturedStderr(),
              "tidsatlas: reloaded\ntidsatlas: warning: timeline.json line 3: bad\n");
}

TEST(Log, AppendsToAnExistingFileAndMendsACutLine) {
    const fs::path file = fixtures::freshFolder() / "tidsatlas.log";
    std::ofstream(file) << "2026-11-26T10:00:00.000Z info: yesterday\n2026-11-26T10:00:01.000Z info: cut sh";
    app::Logger log(quietSettings(file), fixedClock());
    log.info("today");
    const std::vector<std::string> lines = readLines(file);
    ASSERT_EQ(lines.size(), 3U);
    EXPECT_EQ(lines[0], "2026-11-26T10:00:00.000Z info: yesterday");
    EXPECT_EQ(lines[1], "2026-11-26T10:00:01.000Z info: cut sh") << "a line cut by a crash stays as it was";
    EXPECT_EQ(lines[2], "2026-11-27T03:26:44.123Z info: today") << "and the next one starts on its own line";
}

TEST(Log, RotatesBeforeALineWouldPassTheLimit) {
    const fs::path file = fixtures::freshFolder() / "tidsatlas.log";
    app::LogSettings settings = quietSettings(file);
    settings.maxBytes = 500;
    settings.keepFiles = 5;
    app::Logger log(settings, fixedClock());
    // 100-byte lines: five fit exactly into 500 bytes, the sixth starts a new file.
    for (int i = 0; i < 5; ++i) log.info(numberedMessage(i, 100));
    EXPECT_EQ(fs::file_size(file), 500U);
    EXPECT_FALSE(fs::exists(file.string() + ".1")) << "exactly at the limit: not rotated yet";
    log.info(numberedMessage(5, 100));
    ASSERT_TRUE(fs::exists(file.string() + ".1"));
    EXPECT_EQ(fs::file_size(file.string() + ".1"), 500U);
    EXPECT_EQ(fs::file_size(file), 100U);
    EXPECT_EQ(readLines(file).front().substr(31, 7), "line 5 ");
    EXPECT_EQ(readLines(file.string() + ".1").back().substr(31, 7), "line 4 ");
}

TEST(Log, KeepsABoundedNumberOfOldFilesNewestFirst) {
    const fs::path folder = fixtures::freshFolder();
    const fs::path file = folder / "tidsatlas.log";
    app::LogSettings settings = quietSettings(file);
    settings.maxBytes = 1000;
    settings.keepFiles = 3;
    app::Logger log(settings, fixedClock());
    // 100 lines of 100 bytes = 10 files' worth; only the current file and 3 old ones may remain.
    for (int i = 0; i < 100; ++i) log.info(numberedMessage(i, 100));

    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) names.insert(entry.path().filename().string());
    EXPECT_EQ(names, (std::set<std::string>{"tidsatlas.log", "tidsatlas.log.1", "tidsatlas.log.2",
                                            "tidsatlas.log.3"}));
    // Oldest to newest, the kept files hold the last 40 lines in order.
    int expected = 60;
    for (const std::string name :
         {"tidsatlas.log.3", "tidsatlas.log.2", "tidsatlas.log.1", "tidsatlas.log"}) {
        const std::vector<std::string> lines = readLines(folder / name);
        EXPECT_EQ(lines.size(), 10U) << name;
        EXPECT_LE(fs::file_size(folder / name), settings.maxBytes) << name;
        for (const std::string& line : lines) {
            EXPECT_EQ(line.substr(31, 5 + std::to_string(expected).size()),
                      "line " + std::to_string(expected))
                << name;
            ++expected;
        }
    }
    EXPECT_EQ(expected, 100);
}

// A flood of lines in one start (1.87 million warnings from a 54 MB population.csv) rotated through all the
// kept files, and the operator's history was gone. Now one rotation, then a pause: the older files stay.
TEST(Log, AFloodRotatesOnceAndKeepsTheOlderFiles) {
    const fs::path folder = fixtures::freshFolder();
    const fs::path file = folder / "tidsatlas.log";
    for (int i = 1; i <= 3; ++i)
        std::ofstream(file.string() + "." + std::to_string(i)) << "history " << i << "\n";
    std::ofstream(file) << "the last start\n";
    app::LogSettings settings = quietSettings(file);
    settings.maxBytes = 1000;
    settings.keepFiles = 5;
    settings.rotationPauseSeconds = 3600;
    app::Logger log(settings, fixedClock());
    testing::internal::CaptureStderr();
    for (int i = 0; i < 1000; ++i) log.info(numberedMessage(i, 100)); // 100 files' worth
    const std::string stderrText = testing::internal::GetCapturedStderr();

    // One rotation: every older file moved up by one, none lost.
    EXPECT_EQ(readLines(file.string() + ".1").front(), "the last start"); // and this start's first lines
    for (int i = 1; i <= 3; ++i)
        EXPECT_EQ(readLines(file.string() + "." + std::to_string(i + 1)),
                  std::vector<std::string>{"history " + std::to_string(i)});
    EXPECT_FALSE(fs::exists(file.string() + ".5"));
    // The current file: the first lines, then one line saying where the rest went.
    const std::vector<std::string> lines = readLines(file);
    ASSERT_FALSE(lines.empty());
    EXPECT_NE(lines.back().find("the log filled up again within 60 minutes of its last rotation"),
              std::string::npos)
        << lines.back();
    EXPECT_LE(lines.size(), 11U);
    // Nothing is lost: the held lines went to stderr.
    EXPECT_NE(stderrText.find("line 999"), std::string::npos);
}

TEST(Log, LinesFromManyThreadsStayWholeAcrossRotations) {
    const fs::path folder = fixtures::freshFolder();
    const fs::path file = folder / "tidsatlas.log";
    app::LogSettings settings = quietSettings(file);
    settings.maxBytes = std::uintmax_t{16} * 1024;
    settings.keepFiles = 100; // enough that nothing is dropped, so every line can be counted
    app::Logger log(settings);
    constexpr int kThreads = 8;
    constexpr int kLines = 500;
    {
        std::vector<std::jthread> threads;
        threads.reserve(kThreads);
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back([&log, t] {
                for (int i = 0; i < kLines; ++i)
                    log.info("thread " + std::to_string(t) + " line " + std::to_string(i) + " " +
                             std::string(static_cast<std::size_t>(10 + (i * 7) % 50), '=') + " end");
            });
    }
    const std::regex whole(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z info: thread (\d) line (\d+) =+ end)");
    std::set<std::pair<int, int>> seen;
    int files = 0;
    for (const auto& entry : fs::directory_iterator(folder)) {
        ++files;
        EXPECT_LE(fs::file_size(entry.path()), settings.maxBytes);
        const std::string text = readFile(entry.path());
        EXPECT_EQ(text.back(), '\n') << entry.path() << " ends in a whole line";
        for (const std::string& line : readLines(entry.path())) {
            std::smatch m;
            ASSERT_TRUE(std::regex_match(line, m, whole))
                << "a torn line in " << entry.path() << ": " << line;
            EXPECT_TRUE(seen.emplace(std::stoi(m[1]), std::stoi(m[2])).second) << "twice: " << line;
        }
    }
    EXPECT_EQ(seen.size(), static_cast<std::size_t>(kThreads * kLines)) << "no line lost";
    EXPECT_GT(files, 3) << "the run did rotate";
}

TEST(Log, AnUnwritablePathMeansStderrOnlySaidOnceThenTheFileAgain) {
    const fs::path folder = fixtures::freshFolder();
    std::ofstream(folder / "blocker") << "a file where the log's folder should be";
    const fs::path file = folder / "blocker" / "tidsatlas.log";
    app::LogSettings settings = quietSettings(file);
    settings.retrySeconds = 0; // retry at every line, so the test need not wait
    app::Logger log(settings, fixedClock());

    ::testing::internal::CaptureStderr();
    EXPECT_NO_THROW(log.info("first"));
    EXPECT_NO_THROW(log.info("second"));
    const std::string err = ::testing::internal::GetCapturedStderr();
    EXPECT_FALSE(log.fileOk());
    EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 3) << err;
    EXPECT_NE(err.find("cannot write the log file " + file.string()), std::string::npos) << err;
    EXPECT_NE(err.find("tidsatlas: first\n"), std::string::npos) << "nothing is lost: " << err;
    EXPECT_NE(err.find("tidsatlas: second\n"), std::string::npos) << err;

    fs::remove(folder / "blocker");
    log.info("third");
    EXPECT_TRUE(log.fileOk());
    EXPECT_EQ(readFile(file),
              "2026-11-27T03:26:44.123Z warning: the log file could not be written for a while; "
              "those lines went to stderr only\n"
              "2026-11-27T03:26:44.123Z info: third\n");
}

TEST(Log, AFullDiskNeverThrowsAndIsNotRotated) {
    if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full here";
    const fs::path folder = fixtures::freshFolder();
    const fs::path file = folder / "tidsatlas.log";
    fs::create_symlink("/dev/full", file); // every write to it fails with ENOSPC
    app::LogSettings settings = quietSettings(file);
    settings.maxBytes = 10;
    app::Logger log(settings, fixedClock());
    ::testing::internal::CaptureStderr();
    for (int i = 0; i < 3; ++i) EXPECT_NO_THROW(log.info(numberedMessage(i, 100)));
    const std::string err = ::testing::internal::GetCapturedStderr();
    EXPECT_FALSE(log.fileOk());
    EXPECT_NE(err.find("No space left on device"), std::string::npos) << err;
    EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 4) << "one warning and the three lines: " << err;
    EXPECT_TRUE(fs::is_symlink(file)) << "a device is never rotated away";
    EXPECT_FALSE(fs::exists(file.string() + ".1"));
}

TEST(Log, WithoutAPathOnlyStderr) {
    app::Logger log({}, fixedClock());
    ::testing::internal::CaptureStderr();
    log.error("no file");
    EXPECT_EQ(::testing::internal::GetCapturedStderr(), "tidsatlas: error: no file\n");
    EXPECT_FALSE(log.fileOk());
}

TEST(Log, DefaultPathFollowsXdgStateHome) {
    const char* oldState = std::getenv("XDG_STATE_HOME");
    const char* oldHome = std::getenv("HOME");
    const std::string savedState = oldState ? oldState : "";
    const std::string savedHome = oldHome ? oldHome : "";

    setenv("XDG_STATE_HOME", "/var/lib/kiosk-state", 1);
    EXPECT_EQ(app::defaultLogPath(), "/var/lib/kiosk-state/tidsatlas/tidsatlas.log");
    setenv("XDG_STATE_HOME", "relative/is/ignored", 1);
    setenv("HOME", "/home/tidsatlas", 1);
    EXPECT_EQ(app::defaultLogPath(), "/home/tidsatlas/.local/state/tidsatlas/tidsatlas.log");
    unsetenv("XDG_STATE_HOME");
    EXPECT_EQ(app::defaultLogPath(), "/home/tidsatlas/.local/state/tidsatlas/tidsatlas.log");
    unsetenv("HOME");
    EXPECT_EQ(app::defaultLogPath(), "") << "nowhere to write: stderr only";

    if (oldState) setenv("XDG_STATE_HOME", savedState.c_str(), 1);
    if (oldHome) setenv("HOME", savedHome.c_str(), 1);
}
