// Safe reload of the data folder: a copy of the bundled dataset in a temp folder is edited while a watcher
// runs with short intervals. A valid edit arrives as a new atlas; a broken file is refused with a message
// naming it and no atlas; an edit made while a reload runs is not lost.
#include "fixture_writer.hpp"
#include "platform/data_watcher.hpp"

#include <atomic>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <future>
#include <gtest/gtest.h>
#include <sstream>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

// Fast enough for tests; the settle time still spans several polls, as in the app (1 s / 2 s).
constexpr app::WatchTiming kFast{20ms, 150ms};

fs::path copyOfBundledData() {
    fs::path copy = fixtures::freshFolder() / "data";
    fs::copy(TIDSATLAS_DATA_DIR, copy, fs::copy_options::recursive);
    return copy;
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeFile(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

// Replaces the first `from` in the file by `to`; the test fails if `from` is not there.
void editFile(const fs::path& path, const std::string& from, const std::string& to) {
    std::string text = readFile(path);
    const std::size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from << " not in " << path;
    text.replace(at, from.size(), to);
    writeFile(path, text);
}

// The watcher's next result, or nullopt after `timeout` (a reload takes well under a second here).
std::optional<app::ReloadResult> waitForResult(app::DataWatcher& watcher,
                                               std::chrono::seconds timeout = 20s) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        if (auto result = watcher.poll()) return result;
        std::this_thread::sleep_for(5ms);
    }
    return std::nullopt;
}

// The text of the first joint body's English "what", to see which version of timeline.json was loaded.
std::string firstBodyWhat(const app::Atlas& atlas) {
    return atlas.timeline.bodies.empty() ? "" : atlas.timeline.bodies.front().what.en;
}

struct Running {
    fs::path folder;
    app::FolderSnapshot baseline;
    app::Atlas atlas;
};

// What main does: snapshot, then load; the watcher starts from both.
Running loadCopy() {
    Running running;
    running.folder = copyOfBundledData();
    running.baseline = app::snapshotFolder(running.folder.string());
    app::AtlasLoad load = app::loadAtlas(running.folder.string());
    if (!load.atlas) throw std::runtime_error(load.error->toString());
    running.atlas = std::move(*load.atlas);
    return running;
}

} // namespace

TEST(FolderSnapshot, SeesSizeAndTimeButNotEditorFiles) {
    const fs::path folder = fixtures::freshFolder();
    writeFile(folder / "timeline.json", "{}");
    fs::create_directories(folder / "images");
    writeFile(folder / "images" / "map.png", "png");
    writeFile(folder / ".timeline.json.swp", "vim");
    writeFile(folder / "timeline.json~", "backup");
    fs::create_directories(folder / ".git");
    writeFile(folder / ".git" / "HEAD", "ref");
    const app::FolderSnapshot before = app::snapshotFolder(folder.string());
    EXPECT_EQ(before.size(), 2U);
    EXPECT_TRUE(before.contains("timeline.json"));
    EXPECT_TRUE(before.contains("images/map.png"));

    writeFile(folder / ".timeline.json.swp", "vim, more");
    EXPECT_EQ(app::snapshotFolder(folder.string()), before) << "editor files do not count";

    writeFile(folder / "timeline.json", "{ }"); // one byte more
    fs::last_write_time(folder / "images" / "map.png",
                        fs::last_write_time(folder / "images" / "map.png") + 1s);
    writeFile(folder / "population.csv", "code");
    const app::FolderSnapshot after = app::snapshotFolder(folder.string());
    EXPECT_EQ(app::changedFiles(before, after),
              (std::vector<std::string>{"images/map.png", "population.csv", "timeline.json"}));
    fs::remove(folder / "population.csv");
    EXPECT_EQ(app::changedFiles(after, app::snapshotFolder(folder.string())),
              std::vector<std::string>{"population.csv"});
    EXPECT_TRUE(app::snapshotFolder((folder / "gone").string()).empty());
}

TEST(ReloadRefusals, OnlyNewProblemsRefuseALoadedFolder) {
    app::AtlasLoad failed;
    failed.error = geodata::LoadError{"data/municipalities.shp", "not a shapefile"};
    EXPECT_EQ(app::reloadRefusals(failed, {}),
              std::vector<std::string>{"data/municipalities.shp: not a shapefile"});

    app::AtlasLoad loaded;
    loaded.atlas.emplace();
    EXPECT_TRUE(app::reloadRefusals(loaded, {"old problem"}).empty()) << "problems fixed: accepted";
    loaded.atlas->problems = {"old problem", "timeline.json /events/3/date: not a date"};
    EXPECT_EQ(app::reloadRefusals(loaded, {"old problem"}),
              std::vector<std::string>{"timeline.json /events/3/date: not a date"});
    loaded.atlas->problems = {"old problem"};
    EXPECT_TRUE(app::reloadRefusals(loaded, {"old problem"}).empty()) << "a known problem does not block";
}

// Issue 19, case 3: a running kiosk took a mistyped coordinate on reload as "0 known problems". Units that
// the outlier check lets through but that lie far from the rest are a loader warning now, and a warning the
// running data did not have refuses the reload: the map on screen stays where it is.
TEST(ReloadRefusals, AUnitNewlyFarFromTheRestRefusesTheReload) {
    const auto square = [](const std::string& code, double x) {
        const std::string x0 = std::to_string(x), x1 = std::to_string(x + 10000);
        return fixtures::Feature{
            code,     "Unit " + code,
            "kommun", 1900,
            9999,     "POLYGON((" + x0 + " 0," + x1 + " 0," + x1 + " 10000," + x0 + " 10000," + x0 + " 0))"};
    };
    const auto load = [&](const std::string& name, double lastX) {
        const fs::path folder = fixtures::freshFolder() / name;
        fs::create_directories(folder);
        fixtures::LayerSpec spec;
        for (int i = 0; i < 11; ++i)
            spec.features.push_back(square(std::string("U").append(std::to_string(i)), i * 10000.0));
        spec.features.push_back(square("LAST", lastX));
        fixtures::writeLayer(folder, spec);
        return geodata::loadAtlasWith(folder.string(), geodata::LoadOptions{false, {}});
    };
    const app::AtlasLoad good = load("good", 110000); // the twelfth square next to the others
    // Its x mistyped: 150 km of open space beyond the 110 km of the others, within what the outlier check
    // takes (twice their extent).
    const app::AtlasLoad typed = load("typed", 260000);
    ASSERT_TRUE(good.atlas && typed.atlas);
    const std::vector<std::string> running = app::knownProblems(*good.atlas);
    EXPECT_TRUE(running.empty()) << running.front();
    const std::vector<std::string> refusals = app::reloadRefusals(typed, running);
    ASSERT_EQ(refusals.size(), 1U);
    EXPECT_NE(refusals[0].find("feature 11: Unit LAST kommun (code LAST"), std::string::npos) << refusals[0];
    EXPECT_NE(refusals[0].find("lies beyond open space wider than all the other units"), std::string::npos);
    // Started with it (a real exclave, say), the same data reloads.
    EXPECT_TRUE(app::reloadRefusals(typed, app::knownProblems(*typed.atlas)).empty());
}

TEST(DataWatcher, AValidEditArrivesAsANewAtlas) {
    Running running = loadCopy();
    const std::string before = firstBodyWhat(running.atlas);
    ASSERT_FALSE(before.empty());
    app::DataWatcher watcher(running.folder.string(), running.atlas.problems, running.baseline, kFast);
    std::this_thread::sleep_for(100ms);
    EXPECT_FALSE(watcher.poll()) << "nothing changed, nothing reloaded";

    editFile(running.folder / "timeline.json", before, "Edited by the curator while the kiosk ran.");
    const auto result = waitForResult(watcher);
    ASSERT_TRUE(result);
    ASSERT_TRUE(result->accepted()) << (result->refusals.empty() ? "" : result->refusals.front());
    EXPECT_EQ(firstBodyWhat(*result->atlas), "Edited by the curator while the kiosk ran.");
    EXPECT_EQ(result->atlas->dataset.units.size(), running.atlas.dataset.units.size());
    EXPECT_EQ(result->changed, std::vector<std::string>{"timeline.json"});
    EXPECT_EQ(watcher.acceptedCount(), 1);
    EXPECT_TRUE(watcher.lastRefusal().empty());
    std::this_thread::sleep_for(200ms);
    EXPECT_FALSE(watcher.poll()) << "one edit, one reload";
}

TEST(DataWatcher, ATruncatedShapefileIsRefusedAndTheFixIsTaken) {
    Running running = loadCopy();
    app::DataWatcher watcher(running.folder.string(), running.atlas.problems, running.baseline, kFast);
    const fs::path shp = running.folder / "municipalities.shp";
    const std::string original = readFile(shp);
    writeFile(shp, original.substr(0, original.size() / 3)); // a copy that stopped a third of the way

    const auto refused = waitForResult(watcher);
    ASSERT_TRUE(refused);
    EXPECT_FALSE(refused->accepted()) << "no new atlas from a broken shapefile";
    ASSERT_EQ(refused->refusals.size(), 1U);
    EXPECT_NE(refused->refusals.front().find("municipalities"), std::string::npos)
        << refused->refusals.front();
    EXPECT_EQ(watcher.lastRefusal(), refused->refusals) << "kept for the operator";
    EXPECT_EQ(watcher.refusedCount(), 1);

    writeFile(shp, original); // the curator copies it again, completely
    const auto fixed = waitForResult(watcher);
    ASSERT_TRUE(fixed);
    EXPECT_TRUE(fixed->accepted());
    EXPECT_TRUE(watcher.lastRefusal().empty()) << "cleared once good data is back";
}

TEST(DataWatcher, BrokenJsonIsRefusedWithFileAndPlace) {
    Running running = loadCopy();
    app::DataWatcher watcher(running.folder.string(), running.atlas.problems, running.baseline, kFast);
    editFile(running.folder / "timeline.json", "\"bodies\": [", "\"bodies\": [,");

    const auto result = waitForResult(watcher);
    ASSERT_TRUE(result);
    EXPECT_FALSE(result->accepted()) << "a typo must not empty the story on screen";
    ASSERT_FALSE(result->refusals.empty());
    const std::string& refusal = result->refusals.front();
    EXPECT_NE(refusal.find("timeline.json"), std::string::npos) << refusal;
    EXPECT_NE(refusal.find("line 4"), std::string::npos) << "the place in the file: " << refusal;
}

TEST(DataWatcher, AMissingFolderIsRefusedNotFatal) {
    Running running = loadCopy();
    app::DataWatcher watcher(running.folder.string(), running.atlas.problems, running.baseline, kFast);
    fs::rename(running.folder, running.folder.string() + "-unplugged"); // a USB stick pulled out
    const auto result = waitForResult(watcher);
    ASSERT_TRUE(result);
    EXPECT_FALSE(result->accepted());
    ASSERT_FALSE(result->refusals.empty());
    EXPECT_NE(result->refusals.front().find(running.folder.string()), std::string::npos)
        << result->refusals.front();
}

TEST(DataWatcher, AnEditDuringAReloadIsNotLost) {
    Running running = loadCopy();
    const fs::path timeline = running.folder / "timeline.json";
    std::promise<void> firstLoadStarted;
    std::promise<void> secondEditDone;
    std::shared_future<void> editDone = secondEditDone.get_future().share();
    std::atomic<int> loads = 0;
    // The first load waits, mid-way, until the test has edited the file again.
    auto loader = [&](const std::string& folder) {
        app::AtlasLoad load = app::loadAtlas(folder);
        if (++loads == 1) {
            firstLoadStarted.set_value();
            editDone.wait();
        }
        return load;
    };
    app::DataWatcher watcher(running.folder.string(), running.atlas.problems, running.baseline, kFast,
                             loader);
    const std::string original = firstBodyWhat(running.atlas);
    editFile(timeline, original, "First edit.");
    ASSERT_EQ(firstLoadStarted.get_future().wait_for(20s), std::future_status::ready);
    EXPECT_EQ(watcher.state(), app::WatchState::Loading);
    editFile(timeline, "First edit.", "Second edit, saved while the first was loading.");
    secondEditDone.set_value();

    const auto result = waitForResult(watcher);
    ASSERT_TRUE(result);
    ASSERT_TRUE(result->accepted());
    EXPECT_EQ(firstBodyWhat(*result->atlas), "Second edit, saved while the first was loading.");
    EXPECT_EQ(loads.load(), 2) << "the first, half-stale load was thrown away and the folder loaded again";
    std::this_thread::sleep_for(200ms);
    EXPECT_FALSE(watcher.poll()) << "and only the second result was delivered";
}

TEST(DataWatcher, AFileWrittenInStepsIsLoadedOnceWhenStable) {
    const fs::path folder = fixtures::freshFolder();
    writeFile(folder / "timeline.json", "{}");
    std::atomic<int> loads = 0;
    auto loader = [&](const std::string&) {
        ++loads;
        app::AtlasLoad load;
        load.atlas.emplace();
        return load;
    };
    // A settle time far longer than the pauses between the editor's steps.
    app::DataWatcher watcher(folder.string(), {}, std::nullopt, {20ms, 1000ms}, loader);
    for (int step = 1; step <= 5; ++step) {
        std::ofstream(folder / "timeline.json", std::ios::app) << std::string(100, ' ');
        std::this_thread::sleep_for(100ms);
        EXPECT_NE(watcher.state(), app::WatchState::Loading) << "not while it is still being written";
    }
    const auto result = waitForResult(watcher);
    ASSERT_TRUE(result);
    EXPECT_TRUE(result->accepted());
    EXPECT_EQ(loads.load(), 1);
}

TEST(DataWatcher, ALoaderThatThrowsIsARefusalNotACrash) {
    const fs::path folder = fixtures::freshFolder();
    writeFile(folder / "timeline.json", "{}");
    auto loader = [](const std::string&) -> app::AtlasLoad { throw std::bad_alloc(); };
    app::DataWatcher watcher(folder.string(), {}, std::nullopt, kFast, loader);
    writeFile(folder / "timeline.json", "{ }");
    const auto result = waitForResult(watcher);
    ASSERT_TRUE(result);
    EXPECT_FALSE(result->accepted());
    ASSERT_EQ(result->refusals.size(), 1U);
    EXPECT_NE(result->refusals.front().find("unexpected error while loading"), std::string::npos);
}

TEST(DataWatcher, StopsPromptlyWhileIdle) {
    const fs::path folder = fixtures::freshFolder();
    const auto start = std::chrono::steady_clock::now();
    {
        app::DataWatcher watcher(folder.string(), {}, std::nullopt, {}); // the app's 1 s poll
        std::this_thread::sleep_for(50ms);
    }
    EXPECT_LT(std::chrono::steady_clock::now() - start, 500ms) << "the poll wait is interrupted, not sat out";
}

// Issue 19, case 10: a FIFO named timeline.json blocked the reload thread for good (its read waited for a
// writer), so later valid edits were never loaded. Now it is a refusal naming the file, and the fix that
// follows is taken.
TEST(DataWatcher, AFifoInPlaceOfTimelineJsonIsRefusedAndLaterEditsStillArrive) {
    Running running = loadCopy();
    app::DataWatcher watcher(running.folder.string(), running.atlas.problems, running.baseline, kFast);
    const fs::path timeline = running.folder / "timeline.json";
    const std::string original = readFile(timeline);
    fs::remove(timeline);
    ASSERT_EQ(::mkfifo(timeline.c_str(), 0644), 0);

    const auto refused = waitForResult(watcher);
    if (!refused) { // still blocked: let it go (a writer that closes at once), so the test can end
        const int fd = ::open(timeline.c_str(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0) ::close(fd);
    }
    ASSERT_TRUE(refused) << "the reload thread is blocked on the FIFO";
    EXPECT_FALSE(refused->accepted());
    ASSERT_FALSE(refused->refusals.empty());
    EXPECT_NE(refused->refusals.front().find("timeline.json: is a FIFO (named pipe), not a regular file"),
              std::string::npos)
        << refused->refusals.front();

    fs::remove(timeline);
    writeFile(timeline, original); // the curator puts the real file back
    const auto fixed = waitForResult(watcher);
    ASSERT_TRUE(fixed) << "a later valid edit was never loaded";
    EXPECT_TRUE(fixed->accepted());
}
