// Issue 19, case 3, as the audience sees it: a unit far from the rest (a remote exclave, or units whose
// x was typed a digit too long, which the load's outlier check lets through because they lie together)
// used to be framed with the rest, and the map the audience came for shrank to a dot. The export, which
// frames "the whole map" as the app's window does, must show the rest exactly as it would without them.
#include "bundled_dataset.hpp"
#include "export/png_export.hpp"
#include "fixture_writer.hpp"
#include "shell/app_shell.hpp"

#include <SFML/Graphics/Image.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

constexpr double kSide = 10000; // 10 km squares

fixtures::Feature square(const std::string& code, double x, double y, double side) {
    char wkt[256];
    std::snprintf(wkt, sizeof wkt, "POLYGON((%.0f %.0f,%.0f %.0f,%.0f %.0f,%.0f %.0f,%.0f %.0f))", x, y,
                  x + side, y, x + side, y + side, x, y + side, x, y);
    return fixtures::Feature{code, "Unit " + code, "kommun", 1900, 9999, wkt};
}

// 5 × 4 squares of 10 km: twenty units over 50 × 40 km. (append, not "G" + …: GCC 12 warns falsely.)
std::vector<fixtures::Feature> grid() {
    std::vector<fixtures::Feature> features;
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 5; ++c)
            features.push_back(
                square(std::string("G").append(std::to_string(r * 5 + c)), c * kSide, r * kSide, kSide));
    return features;
}

struct Picture {
    std::map<std::string, nlohmann::json> labels; // by unit code
    std::vector<std::string> warnings;
};

// The atlas of `features`, written into a fresh folder `name`; null (and a failure) when it does not load.
std::shared_ptr<const app::Atlas> atlasOf(const std::string& name,
                                          const std::vector<fixtures::Feature>& features, fs::path& folder) {
    folder = fixtures::freshFolder() / name;
    fs::create_directories(folder);
    fixtures::LayerSpec spec;
    spec.features = features;
    fixtures::writeLayer(folder, spec);
    geodata::AtlasLoad load = geodata::loadAtlasWith(folder.string(), geodata::LoadOptions{false, {}});
    if (!load.atlas) {
        ADD_FAILURE() << load.error->toString();
        return nullptr;
    }
    return std::make_shared<const app::Atlas>(std::move(*load.atlas));
}

// Loads `features` and exports 1952 at 1600×900 with its layout report.
Picture exportOf(const std::string& name, const std::vector<fixtures::Feature>& features) {
    fs::path folder;
    const std::shared_ptr<const app::Atlas> atlas = atlasOf(name, features, folder);
    Picture picture;
    if (!atlas) return picture;
    for (const geodata::LoadWarning& w : atlas->dataset.warnings) picture.warnings.push_back(w.message);
    app::Options options;
    options.exportPng = (folder / "map.png").string();
    options.layoutJson = (folder / "map.json").string();
    std::string failure;
    EXPECT_EQ(app::exportPng(*atlas, fixtures::bundledStrings(), options, 1952, &failure), 0) << failure;
    std::ifstream report(options.layoutJson);
    const nlohmann::json j = nlohmann::json::parse(report);
    for (const nlohmann::json& label : j["labels"]) picture.labels[label["code"].get<std::string>()] = label;
    return picture;
}

// Every unit of the grid is named, at the very place it has in the picture of the grid alone.
void expectGridFramedAsAlone(const Picture& alone, const Picture& withFar) {
    for (const auto& [code, label] : alone.labels) {
        SCOPED_TRACE(code);
        ASSERT_EQ(label["placement"], "inside");
        ASSERT_TRUE(withFar.labels.count(code));
        const nlohmann::json& other = withFar.labels.at(code);
        EXPECT_EQ(other["placement"], "inside") << other.dump();
        for (size_t k = 0; k < 4; ++k)
            EXPECT_NEAR(other["box"][k].get<double>(), label["box"][k].get<double>(), 1.0)
                << "alone " << label["box"].dump() << ", with the far units " << other["box"].dump();
    }
}

class FarUnitFraming : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
    }
};

} // namespace

// A remote exclave 60 km beyond a 50 km map: near enough for the outlier check, and framed with the rest
// it left them at less than half their size.
TEST_F(FarUnitFraming, ALoneFarUnitIsLeftOutOfTheFrameAndNamedInAWarning) {
    const Picture alone = exportOf("alone", grid());
    ASSERT_EQ(alone.labels.size(), 20U);
    std::vector<fixtures::Feature> features = grid();
    features.push_back(square("FAR", 110000, 15000, 5000));
    const Picture withFar = exportOf("exclave", features);
    expectGridFramedAsAlone(alone, withFar);
    ASSERT_EQ(withFar.warnings.size(), 1U);
    EXPECT_NE(withFar.warnings[0].find("Unit FAR kommun (code FAR"), std::string::npos)
        << withFar.warnings[0];
    EXPECT_NE(withFar.warnings[0].find("the whole map is shown without it"), std::string::npos);
}

// Two units whose x was typed a digit too long lie together 6 800 km out: each is near the other, so the
// load takes them. Framed with the rest, the map was blank.
TEST_F(FarUnitFraming, TwoMistypedUnitsTogetherFarOutLeaveTheRestFramed) {
    const Picture alone = exportOf("alone", grid());
    std::vector<fixtures::Feature> features = grid();
    features.push_back(square("T1", 6.8e6, 0, kSide));
    features.push_back(square("T2", 6.81e6, 0, kSide));
    const Picture withFar = exportOf("typed", features);
    expectGridFramedAsAlone(alone, withFar);
    EXPECT_EQ(withFar.warnings.size(), 2U);
}

// The window frames the whole map the same way: the explorer opens on the grid as if the far units were
// not there.
TEST_F(FarUnitFraming, TheWindowOpensOnTheRestAsIfTheFarUnitsWereNotThere) {
    fs::path folder;
    std::vector<fixtures::Feature> features = grid();
    const std::shared_ptr<const app::Atlas> alone = atlasOf("alone", features, folder);
    features.push_back(square("T1", 6.8e6, 0, kSide));
    features.push_back(square("T2", 6.81e6, 0, kSide));
    const std::shared_ptr<const app::Atlas> withFar = atlasOf("typed", features, folder);
    ASSERT_TRUE(alone && withFar);
    app::Options options;
    options.dataDir = folder.string();
    app::AppConfig config;
    config.heartbeatFile.clear();
    const sf::Vector2u size(1280, 720);
    app::AppShell a(alone, options, config, {}, size), b(withFar, options, config, {}, size);
    const render::Camera& expected = a.choices().camera;
    const render::Camera& camera = b.choices().camera;
    EXPECT_NEAR(camera.scale(), expected.scale(), 1e-9 * expected.scale());
    EXPECT_NEAR(camera.centre().x, expected.centre().x, 1.0);
    EXPECT_NEAR(camera.centre().y, expected.centre().y, 1.0);
}
