// The pictures the app shows, compared with tests/reference/*.png within the tolerance of
// reference_image.hpp: the explorer's three views as exported through the built executable's command line
// (--export-png), and the teaching, presenter and kiosk modes as the shell draws them offscreen after a
// fixed run of frames. UPDATE=1 ./dev test -R ReferenceImages rewrites the references.
#include "bundled_dataset.hpp"
#include "reference_image.hpp"
#include "shell/app_shell.hpp"

#include <SFML/Graphics/RenderTexture.hpp>

#include <cstdlib>
#include <filesystem>
#include <gtest/gtest.h>
#include <string>
#include <sys/wait.h>

namespace fs = std::filesystem;

namespace {

struct ExportRequest {
    std::string name; // the reference's file name
    int year;
    std::string size;
    std::string view;
    std::string language;
};

std::string quoted(const std::string& text) {
    std::string out = "'";
    for (const char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// Exports the picture with the tidsatlas executable and compares it with its reference.
void expectExportMatches(const ExportRequest& request) {
    if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
    const fs::path folder = fs::path(TIDSATLAS_REFERENCE_OUT_DIR) / "exports";
    fs::create_directories(folder);
    const fs::path png = folder / (request.name + ".png");
    fs::remove(png);
    // In the sanitizer build the app runs without leak checking: LeakSanitizer counts Mesa's globals as leaks
    // once the driver is unloaded (the test programs keep it loaded, sanitizer/keep_libraries_loaded.cpp;
    // the app does not). Our code's leaks are the test programs' to find.
    const char* asanOptions = std::getenv("ASAN_OPTIONS");
    const std::string sanitizer =
        asanOptions ? "ASAN_OPTIONS=" + quoted(std::string(asanOptions) + ":detect_leaks=0") + " " : "";
    const std::string command = sanitizer + quoted(TIDSATLAS_EXECUTABLE) + " --data " +
                                quoted(TIDSATLAS_DATA_DIR) + " --export-png " + quoted(png.string()) +
                                " --year " + std::to_string(request.year) + " --size " + request.size +
                                " --view " + request.view + " --lang " + request.language;
    const int status = std::system(command.c_str());
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0)
        << command << "\nfailed with status " << status;
    sf::Image exported;
    ASSERT_TRUE(exported.loadFromFile(png.string())) << command << "\nwrote no readable PNG " << png;
    EXPECT_TRUE(fixtures::matchesReference(exported, request.name));
}

// Runs a mode for `seconds` at 30 frames a second and compares its last frame, panels included.
void expectModeMatches(const std::string& name, app::Options options, sf::Vector2u size, double seconds) {
    if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
    sf::RenderTexture texture;
    ASSERT_TRUE(texture.create(size.x, size.y));
    options.dataDir = TIDSATLAS_DATA_DIR;
    app::AppConfig config;
    config.heartbeatFile.clear();
    app::AppShell shell(fixtures::sharedBundledAtlas(), options, config, {}, size);
    for (int frame = 0; frame < static_cast<int>(seconds * 30); ++frame) {
        shell.update(1.0 / 30);
        shell.draw(texture);
    }
    texture.display();
    EXPECT_TRUE(fixtures::matchesReference(texture.getTexture().copyToImage(), name));
}

} // namespace

TEST(ReferenceImages, TeachingComparesTwoYearsInEnglish) {
    app::Options options;
    options.teach = true;
    options.english = true;
    expectModeMatches("teach_compare_en_1600x900", options, {1600, 900}, 1.0);
}

TEST(ReferenceImages, PresenterShowsTheFirstSceneAfterItsGlide) {
    app::Options options;
    options.present = true;
    expectModeMatches("present_first_scene_sv_1600x900", options, {1600, 900}, 2.0);
}

TEST(ReferenceImages, KioskAttractLoopInPortrait) {
    app::Options options;
    options.kiosk = true;
    expectModeMatches("kiosk_attract_sv_1080x1920", options, {1080, 1920}, 2.0);
}

TEST(ReferenceImages, UnitsView1952InSwedish) {
    expectExportMatches({"export_units_1952_sv_1600x900", 1952, "1600x900", "units", "sv"});
}

TEST(ReferenceImages, DensityView1971InEnglishPortrait) {
    expectExportMatches({"export_density_1971_en_1080x1920", 1971, "1080x1920", "density", "en"});
}

TEST(ReferenceImages, CirclesView1900InSwedish) {
    expectExportMatches({"export_circles_1900_sv_1280x720", 1900, "1280x720", "circles", "sv"});
}
