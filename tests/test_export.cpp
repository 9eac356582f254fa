// Exports are what the app shows: a PNG equals an offscreen render of the scene, and a video has
// the frames its length and rate ask for.
#include "bundled_dataset.hpp"
#include "cli/commands.hpp"
#include "export/export_job.hpp"
#include "export/png_export.hpp"
#include "export/video_export.hpp"
#include "platform/antialiasing.hpp"
#include "platform/sample_level.hpp"
#include "scene_harness.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <vector>

namespace fs = std::filesystem;

namespace {

class Export : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
        m_atlas = &fixtures::bundledAtlas();
        m_folder = fs::temp_directory_path() / "tidsatlas-tests" / "Export";
        fs::create_directories(m_folder);
    }
    const app::Atlas* m_atlas = nullptr;
    fs::path m_folder;
};

std::string run(const std::string& command) {
    std::string out;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        char buffer[256];
        while (fgets(buffer, sizeof buffer, pipe)) out += buffer;
        pclose(pipe);
    }
    return out;
}

} // namespace

TEST_F(Export, PngHasTheRequestedSizeAndMatchesAnOffscreenRenderOfTheScene) {
    app::Options options;
    options.size = {800, 450};
    options.exportPng = (m_folder / "map1952.png").string();
    const app::Strings strings = fixtures::bundledStrings();
    ASSERT_EQ(app::exportPng(*m_atlas, strings, options, 1952), 0);
    sf::Image exported;
    ASSERT_TRUE(exported.loadFromFile(options.exportPng));
    ASSERT_EQ(exported.getSize(), sf::Vector2u(800, 450));

    sf::RenderTexture texture;
    sf::ContextSettings settings;
    settings.antialiasingLevel = app::samplesFor(options); // as the export asks for
    ASSERT_TRUE(texture.create(800, 450, settings));
    fixtures::SceneHarness scene(*m_atlas, strings);
    scene.setYear(1952);
    scene.fitCamera({800.0F, 450.0F});
    scene.draw(texture);
    texture.display();
    const sf::Image rendered = texture.getTexture().copyToImage();
    int different = 0;
    for (unsigned y = 0; y < 450; ++y)
        for (unsigned x = 0; x < 800; ++x) different += exported.getPixel(x, y) != rendered.getPixel(x, y);
    EXPECT_EQ(different, 0);
}

// --msaa 8 on a driver with fewer samples (llvmpipe has 4): the picture is drawn with the driver's highest
// level, the same pixels as an image made with that level, and one line says so; it used to fail.
TEST_F(Export, PngWithMoreSamplesThanTheDriverHasUsesItsHighestAndSaysSo) {
    const unsigned driverMax = app::driverMaxSamples();
    if (driverMax < 2) GTEST_SKIP() << "the driver has no multisampling";
    app::Options options;
    options.size = {640, 360};
    options.aa = render::Antialiasing::Msaa;
    options.msaa = std::max(8U, driverMax * 2); // more than the driver has
    options.exportPng = (m_folder / "map1952-msaa.png").string();
    const app::Strings strings = fixtures::bundledStrings();
    testing::internal::CaptureStderr();
    const int status = app::exportPng(*m_atlas, strings, options, 1952);
    const std::string said = testing::internal::GetCapturedStderr();
    ASSERT_EQ(status, 0) << said;
    EXPECT_NE(said.find("--msaa " + std::to_string(options.msaa) + ": the graphics driver"),
              std::string::npos)
        << said;
    EXPECT_NE(said.find("using " + std::to_string(app::highestSampleLevel(options.msaa, driverMax))),
              std::string::npos)
        << said;
    sf::Image exported;
    ASSERT_TRUE(exported.loadFromFile(options.exportPng));

    sf::RenderTexture texture;
    sf::ContextSettings settings;
    settings.antialiasingLevel = app::highestSampleLevel(options.msaa, driverMax);
    ASSERT_TRUE(texture.create(640, 360, settings));
    fixtures::SceneHarness scene(*m_atlas, strings);
    scene.setYear(1952);
    scene.fitCamera({640.0F, 360.0F});
    scene.draw(texture);
    texture.display();
    const sf::Image rendered = texture.getTexture().copyToImage();
    int different = 0;
    for (unsigned y = 0; y < 360; ++y)
        for (unsigned x = 0; x < 640; ++x) different += exported.getPixel(x, y) != rendered.getPixel(x, y);
    EXPECT_EQ(different, 0);
}

// The same for a video with --aa msaa: its frames are drawn with the driver's highest level.
TEST_F(Export, VideoWithMoreSamplesThanTheDriverHasIsWritten) {
    if (run("command -v ffprobe").empty()) GTEST_SKIP() << "ffmpeg is not installed";
    const unsigned driverMax = app::driverMaxSamples();
    if (driverMax < 2) GTEST_SKIP() << "the driver has no multisampling";
    app::Options options;
    options.aa = render::Antialiasing::Msaa;
    options.msaa = std::max(8U, driverMax * 2);
    app::VideoRequest request;
    request.file = (m_folder / "msaa.gif").string();
    request.fromYear = 1950;
    request.toYear = 1952;
    request.fps = 2;
    request.size = {160, 90};
    request.duration = 1.0;
    fs::remove(request.file);
    testing::internal::CaptureStderr();
    const int status = app::exportVideo(fixtures::sharedBundledAtlas(), options, request, {});
    const std::string said = testing::internal::GetCapturedStderr();
    ASSERT_EQ(status, 0) << said;
    EXPECT_TRUE(fs::is_regular_file(request.file));
    EXPECT_NE(said.find("wrote " + request.file), std::string::npos) << said;
}

TEST_F(Export, ATwoSecondVideoHasTheExpectedFrameCount) {
    if (run("command -v ffprobe").empty()) GTEST_SKIP() << "ffmpeg is not installed";
    app::VideoRequest request;
    request.file = (m_folder / "two-seconds.mp4").string();
    request.fromYear = 1900;
    request.toYear = 2009;
    request.fps = 10;
    request.size = {320, 180};
    request.duration = 2.0;
    EXPECT_EQ(app::videoFrameCount(*m_atlas, request), 21);
    int calls = 0;
    ASSERT_EQ(
        app::exportVideo(fixtures::sharedBundledAtlas(), app::Options{}, request, [&](int, int) { ++calls; }),
        0);
    EXPECT_EQ(calls, 21);
    const std::string frames = run("ffprobe -v error -count_frames -select_streams v:0 -show_entries "
                                   "stream=nb_read_frames -of csv=p=0 " +
                                   request.file);
    EXPECT_EQ(std::stoi(frames), 21);
}

TEST_F(Export, TheStoryVideoHasEveryFrameTheExporterWrote) {
    if (run("command -v ffprobe").empty()) GTEST_SKIP() << "ffmpeg is not installed";
    app::VideoRequest request;
    request.file = (m_folder / "story.mp4").string();
    request.story = true;
    request.fps = 2; // a whole story at 2 frames a second keeps the test short
    request.size = {320, 180};
    app::Options look;
    look.dataDir = TIDSATLAS_DATA_DIR;
    app::VideoExporter exporter(fixtures::sharedBundledAtlas(), look, request);
    ASSERT_EQ(exporter.error(), "");
    const int estimate = exporter.totalFrames();
    while (exporter.step(1.0)) {}
    ASSERT_TRUE(exporter.finished()) << exporter.error();
    // The estimate (the story played without drawing) is what the progress bar shows; it must be close.
    EXPECT_NEAR(exporter.framesDone(), estimate, estimate * 0.05 + 2);
    const std::string frames = run("ffprobe -v error -count_frames -select_streams v:0 -show_entries "
                                   "stream=nb_read_frames -of csv=p=0 " +
                                   request.file);
    EXPECT_EQ(std::stoi(frames), exporter.framesDone());
}

TEST_F(Export, AStoryVideoWithADurationIsRefused) {
    app::VideoRequest request;
    request.file = (m_folder / "story-short.mp4").string();
    request.story = true;
    request.duration = 10;
    app::VideoExporter exporter(fixtures::sharedBundledAtlas(), app::Options{}, request);
    EXPECT_NE(exporter.error().find("--duration"), std::string::npos);
    EXPECT_FALSE(exporter.step(1.0));
    EXPECT_FALSE(fs::exists(request.file));
}

TEST_F(Export, AVideoFileWithAnUnknownExtensionIsRefused) {
    app::VideoRequest request;
    request.file = (m_folder / "film.avi").string();
    request.fromYear = 1900;
    request.toYear = 2009;
    EXPECT_EQ(app::exportVideo(fixtures::sharedBundledAtlas(), app::Options{}, request, {}), 1);
    EXPECT_FALSE(fs::exists(request.file));
}

// Issue 19, case 1: a video to a folder that does not exist was started anyway, and the first frame
// written to the ffmpeg that had stopped ended the app with SIGPIPE (status 141), the explorer's Ctrl+E
// dialog included. Now the destination is checked first, in words, and nothing ends the process.
TEST_F(Export, AVideoToAFolderThatDoesNotExistIsAMessageNotTheAppsEnd) {
    if (run("command -v ffmpeg").empty()) GTEST_SKIP() << "ffmpeg is not installed";
    app::VideoRequest request;
    request.file = "/nonexistent-tidsatlas-folder/v.mp4";
    request.fromYear = 1950;
    request.toYear = 1952;
    request.size = {160, 90};
    app::ExportJob job;
    const app::Strings strings = fixtures::bundledStrings(app::Language::English);
    job.start(fixtures::sharedBundledAtlas(), app::Options{}, request, strings);
    for (int i = 0; i < 20 && job.running(); ++i) job.step(*m_atlas, strings);
    EXPECT_EQ(job.running(), nullptr);
    EXPECT_TRUE(job.dialog().messageIsError);
    EXPECT_NE(job.dialog().message.find("the folder /nonexistent-tidsatlas-folder does not exist"),
              std::string::npos)
        << job.dialog().message;
    // The command line says the same and returns 1.
    EXPECT_EQ(app::exportVideo(fixtures::sharedBundledAtlas(), app::Options{}, request, {}), 1);
}

namespace {

std::string contentOf(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> namesIn(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

// A folder of its own holding `name` with the text "the earlier file".
fs::path folderWithEarlierFile(const fs::path& parent, const std::string& folder, const std::string& name) {
    const fs::path dir = parent / folder;
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / name) << "the earlier file";
    return dir;
}

} // namespace

// Issue 19, case 2: Cancel in the dialog deleted the path, and ffmpeg wrote straight onto the earlier video
// (Ctrl+C left a short one in its place). The video goes to a temporary file beside it until it is done.
TEST_F(Export, ACancelledVideoLeavesTheEarlierFileAsItWas) {
    if (run("command -v ffmpeg").empty()) GTEST_SKIP() << "ffmpeg is not installed";
    const fs::path dir = folderWithEarlierFile(m_folder, "cancelled", "good.mp4");
    app::VideoRequest request;
    request.file = (dir / "good.mp4").string();
    request.fromYear = 1900;
    request.toYear = 2009;
    request.size = {160, 90};
    app::ExportJob job;
    const app::Strings strings = fixtures::bundledStrings(app::Language::English);
    job.start(fixtures::sharedBundledAtlas(), app::Options{}, request, strings);
    ASSERT_NE(job.running(), nullptr) << job.dialog().message;
    for (int i = 0; i < 5; ++i) job.step(*m_atlas, strings);
    ASSERT_GT(job.running()->framesDone(), 0);
    // While it runs, the earlier file is untouched.
    EXPECT_EQ(contentOf(dir / "good.mp4"), "the earlier file");
    job.cancel(strings);
    EXPECT_EQ(contentOf(dir / "good.mp4"), "the earlier file");
    EXPECT_EQ(namesIn(dir), std::vector<std::string>{"good.mp4"}); // no partial file left behind
}

TEST_F(Export, AFinishedVideoReplacesTheEarlierFile) {
    if (run("command -v ffprobe").empty()) GTEST_SKIP() << "ffmpeg is not installed";
    const fs::path dir = folderWithEarlierFile(m_folder, "finished", "short.gif");
    app::VideoRequest request;
    request.file = (dir / "short.gif").string();
    request.fromYear = 1950;
    request.toYear = 1952;
    request.fps = 5;
    request.size = {160, 90};
    ASSERT_EQ(app::exportVideo(fixtures::sharedBundledAtlas(), app::Options{}, request, {}), 0);
    EXPECT_EQ(contentOf(dir / "short.gif").substr(0, 3), "GIF");
    EXPECT_EQ(namesIn(dir), std::vector<std::string>{"short.gif"});
}

// A PNG was written straight onto its file: when the layout report could not be written, the earlier
// picture was gone already. Now the picture replaces it only when both are complete.
TEST_F(Export, APngWhoseLayoutReportFailsLeavesTheEarlierPicture) {
    const fs::path dir = folderWithEarlierFile(m_folder, "png", "map.png");
    app::Options options;
    options.exportPng = (dir / "map.png").string();
    options.layoutJson = "/nonexistent-tidsatlas-folder/layout.json";
    options.size = {320, 180};
    EXPECT_EQ(app::exportPng(*m_atlas, fixtures::bundledStrings(), options, 1952), 1);
    EXPECT_EQ(contentOf(dir / "map.png"), "the earlier file");
    EXPECT_EQ(namesIn(dir), std::vector<std::string>{"map.png"});
    // To a folder that does not exist, the message names the folder.
    options.exportPng = "/nonexistent-tidsatlas-folder/map.png";
    options.layoutJson.clear();
    testing::internal::CaptureStderr();
    EXPECT_EQ(app::exportPng(*m_atlas, fixtures::bundledStrings(), options, 1952), 1);
    const std::string said = testing::internal::GetCapturedStderr();
    EXPECT_NE(said.find("the folder /nonexistent-tidsatlas-folder does not exist"), std::string::npos)
        << said;
}
