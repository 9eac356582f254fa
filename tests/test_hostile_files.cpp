// Files a careless curator or a hostile user can put in a data folder or a cache (issue 19, cases 9–11):
// a cache entry that is a folder or a FIFO, data files that are FIFOs, and files a dataset names outside
// its folder. Each costs at most a message naming the file and what is wrong; none hangs, none is followed
// out of the folder.
#include "content/story.hpp"
#include "dataset_cache.hpp"
#include "fixture_writer.hpp"
#include "geodata/atlas.hpp"
#include "geodata/dataset.hpp"
#include "platform/app_config.hpp"

#include <chrono>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <functional>
#include <future>
#include <gtest/gtest.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string all;
    for (const std::string& line : lines) all += line + "\n";
    return all;
}

// A folder with a one-square unit layer, as a curator's smallest dataset.
fs::path squareDataset(const fs::path& folder) {
    fs::create_directories(folder);
    fixtures::LayerSpec spec;
    spec.features = {fixtures::Feature{}};
    fixtures::writeLayer(folder, spec);
    return folder;
}

void makeFifo(const fs::path& path) {
    fs::remove(path);
    ASSERT_EQ(::mkfifo(path.c_str(), 0644), 0) << path;
}

// Runs `work` and fails the test if it does not end within 20 s; a FIFO it blocks on is then opened for
// writing and closed, which lets the blocked read end, so the test program itself never hangs.
void finishesPromptly(const std::function<void()>& work, const std::vector<fs::path>& fifos) {
    std::future<void> done = std::async(std::launch::async, work);
    if (done.wait_for(std::chrono::seconds(20)) == std::future_status::ready) {
        done.get();
        return;
    }
    ADD_FAILURE() << "still blocked after 20 s (reading a FIFO?)";
    // A writer that opens and closes at once gives a blocked reader its end of file; the next FIFO may
    // block it again, so until the work ends.
    while (done.wait_for(std::chrono::milliseconds(100)) != std::future_status::ready)
        for (const fs::path& fifo : fifos) {
            const int fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0) ::close(fd);
        }
}

} // namespace

// Case 9: a cache entry that is a folder was "replaced" with a warning ending "(Success)" at every start,
// and a FIFO there blocked the load for good. Now either costs a load from the sources and one warning
// that says what the entry is.
TEST(HostileFiles, ACacheEntryThatIsAFolderOrAFifoCostsOneWarning) {
    const fs::path root = fixtures::freshFolder();
    const fs::path data = squareDataset(root / "data");
    geodata::LoadOptions options;
    options.cacheDir = (root / "cache").string();
    const fs::path entry = geodata::cacheFileFor(options.cacheDir, data.string());
    for (const std::string kind : {"a folder", "a FIFO (named pipe)"}) {
        SCOPED_TRACE(kind);
        fs::remove_all(entry);
        fs::create_directories(entry.parent_path());
        if (kind == "a folder") {
            fs::create_directories(entry / "something");
        } else {
            makeFifo(entry);
        }
        for (int start = 0; start < 2; ++start) { // the same at every start, and nothing is changed
            geodata::LoadResult r;
            finishesPromptly([&] { r = geodata::loadDataset(data.string(), options); }, {entry});
            ASSERT_TRUE(r) << (r.error ? r.error->toString() : "");
            int cacheWarnings = 0;
            std::string all;
            for (const geodata::LoadWarning& w : r.dataset->warnings) {
                all += w.file + ": " + w.message + "\n";
                cacheWarnings += contains(w.file, ".cache") ? 1 : 0;
            }
            EXPECT_EQ(cacheWarnings, 1) << all;
            EXPECT_TRUE(contains(all, "the cache entry is " + kind + ", not a regular file")) << all;
            EXPECT_FALSE(contains(all, "Success")) << all;
            EXPECT_EQ(r.dataset->units.size(), 1U);
        }
    }
}

// Case 10: a FIFO named timeline.json hung start-up (and a reload's thread for good). Every data file is
// read only when it is a regular file; the others are named with what they are.
TEST(HostileFiles, AFifoInPlaceOfADataFileIsNamedNotWaitedFor) {
    const fs::path data = squareDataset(fixtures::freshFolder() / "data");
    makeFifo(data / "timeline.json");
    makeFifo(data / "population.csv");
    geodata::AtlasLoad loaded;
    finishesPromptly(
        [&] {
            loaded = geodata::loadAtlasWith(data.string(), {false, ""});
        },
        {data / "timeline.json", data / "population.csv"});
    ASSERT_TRUE(loaded.atlas) << (loaded.error ? loaded.error->toString() : "");
    const std::string problems = joined(loaded.atlas->problems);
    EXPECT_TRUE(contains(problems, "timeline.json: is a FIFO (named pipe), not a regular file")) << problems;
    EXPECT_TRUE(contains(problems, "population.csv: is a FIFO (named pipe), not a regular file")) << problems;

    // story.json, read by present, kiosk and the story video.
    makeFifo(data / "story.json");
    app::StoryLoad story;
    finishesPromptly([&] { story = app::loadFolderStory(app::AppConfig{}, data.string(), *loaded.atlas); },
                     {data / "story.json"});
    ASSERT_FALSE(story.issues.empty());
    EXPECT_TRUE(
        contains(story.issues[0].toString(), "story.json: is a FIFO (named pipe), not a regular file"))
        << story.issues[0].toString();
}

TEST(HostileFiles, AFifoInPlaceOfABoundaryFileIsAnErrorNotAHang) {
    for (const std::string name : {"dataset.json", "municipalities.dbf", "municipalities.shx"}) {
        SCOPED_TRACE(name);
        const fs::path data = squareDataset(fixtures::freshFolder() / name);
        makeFifo(data / name);
        geodata::LoadResult r;
        finishesPromptly([&] { r = geodata::loadDataset(data.string()); }, {data / name});
        ASSERT_FALSE(r.dataset.has_value());
        ASSERT_TRUE(r.error.has_value());
        EXPECT_EQ(fs::path(r.error->file).filename(), name) << r.error->toString();
        EXPECT_TRUE(contains(r.error->message, "is a FIFO (named pipe), not a regular file"))
            << r.error->toString();
    }
}

// Case 11: dataset.json could name files anywhere: "../", absolute paths, GDAL's virtual file systems (the
// app sent an HTTP request for /vsicurl/http://…). Every file it names must be in the folder.
TEST(HostileFiles, DatasetJsonCannotNameAFileOutsideItsFolder) {
    const fs::path root = fixtures::freshFolder();
    const fs::path elsewhere = squareDataset(root / "elsewhere");
    struct Case {
        std::string file;
        std::string says;
    };
    const std::vector<Case> cases = {
        {"../elsewhere/municipalities.shp", "'../elsewhere/municipalities.shp' leaves the dataset folder"},
        {"sub/../../elsewhere/municipalities.shp", "leaves the dataset folder"},
        {(elsewhere / "municipalities.shp").string(), "is an absolute path"},
        {"/etc/passwd", "'/etc/passwd' is an absolute path"},
        {"/vsicurl/http://127.0.0.1:9/municipalities.shp", "is a GDAL virtual file system path"},
        {"/vsizip//tmp/x.zip/municipalities.shp", "is a GDAL virtual file system path"},
    };
    const fs::path data = root / "data";
    for (const Case& c : cases) {
        SCOPED_TRACE(c.file);
        fs::create_directories(data);
        std::ofstream(data / "dataset.json") << R"({"units": {"file": ")" << c.file << R"("}})";
        const geodata::LoadResult r = geodata::loadDataset(data.string(), {false, ""});
        ASSERT_FALSE(r.dataset.has_value()) << "loaded from outside the folder";
        EXPECT_EQ(fs::path(r.error->file).filename(), "dataset.json") << r.error->toString();
        EXPECT_TRUE(contains(r.error->message, "/units/file: ")) << r.error->toString();
        EXPECT_TRUE(contains(r.error->message, c.says)) << r.error->toString();
    }
    // The context layer obeys the same rule.
    squareDataset(data);
    std::ofstream(data / "dataset.json")
        << R"({"units": {"file": "municipalities.shp"}, "context": {"file": "../elsewhere/municipalities.shp"}})";
    const geodata::LoadResult r = geodata::loadDataset(data.string(), {false, ""});
    ASSERT_FALSE(r.dataset.has_value());
    EXPECT_TRUE(contains(r.error->message, "/context/file: ")) << r.error->toString();
    // A subfolder of the dataset's own is fine.
    fs::create_directories(data / "layers");
    squareDataset(data / "layers");
    std::ofstream(data / "dataset.json") << R"({"units": {"file": "layers/municipalities.shp"}})";
    const geodata::LoadResult inside = geodata::loadDataset(data.string(), {false, ""});
    EXPECT_TRUE(inside) << (inside.error ? inside.error->toString() : "");
}

TEST(HostileFiles, ADataFileThatLinksOutOfTheFolderIsNotFollowed) {
    const fs::path root = fixtures::freshFolder();
    const fs::path elsewhere = squareDataset(root / "elsewhere");
    const fs::path data = root / "data";
    // The layer itself a link out (no dataset.json: the convention finds municipalities.shp).
    fs::create_directories(data);
    for (const char* ext : {".shp", ".shx", ".dbf", ".prj"})
        fs::create_symlink(elsewhere / (std::string("municipalities") + ext),
                           data / (std::string("municipalities") + ext));
    geodata::LoadResult r = geodata::loadDataset(data.string(), {false, ""});
    ASSERT_FALSE(r.dataset.has_value()) << "followed a link out of the folder";
    EXPECT_TRUE(contains(r.error->message, "outside the dataset folder")) << r.error->toString();
    // Only its attribute table a link out: named.
    fs::remove_all(data);
    squareDataset(data);
    fs::remove(data / "municipalities.dbf");
    fs::create_symlink(elsewhere / "municipalities.dbf", data / "municipalities.dbf");
    r = geodata::loadDataset(data.string(), {false, ""});
    ASSERT_FALSE(r.dataset.has_value());
    EXPECT_EQ(fs::path(r.error->file).filename(), "municipalities.dbf") << r.error->toString();
    EXPECT_TRUE(contains(r.error->message, "resolves to " + (elsewhere / "municipalities.dbf").string()))
        << r.error->toString();
    // timeline.json and population.csv linking out: reported, not read; the map still loads.
    fs::remove_all(data);
    squareDataset(data);
    std::ofstream(root / "timeline.json") << R"({"events": []})";
    std::ofstream(root / "population.csv") << "code,year,population\nA,1900,10\n";
    fs::create_symlink(root / "timeline.json", data / "timeline.json");
    fs::create_symlink(root / "population.csv", data / "population.csv");
    const geodata::AtlasLoad loaded = geodata::loadAtlasWith(data.string(), {false, ""});
    ASSERT_TRUE(loaded.atlas);
    const std::string problems = joined(loaded.atlas->problems);
    EXPECT_TRUE(contains(problems, "timeline.json: 'timeline.json' resolves to")) << problems;
    EXPECT_TRUE(contains(problems, "population.csv: 'population.csv' resolves to")) << problems;
    EXPECT_TRUE(loaded.atlas->population.empty()) << "read through the link";
    // A link that stays inside the folder is fine.
    fs::remove_all(data);
    squareDataset(data / "real");
    fs::create_directories(data);
    for (const char* ext : {".shp", ".shx", ".dbf", ".prj"})
        fs::create_symlink(fs::path("real") / (std::string("municipalities") + ext),
                           data / (std::string("municipalities") + ext));
    r = geodata::loadDataset(data.string(), {false, ""});
    EXPECT_TRUE(r) << (r.error ? r.error->toString() : "");
}
