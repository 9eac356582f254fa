// The whole app driven offscreen: presenter scenes and blank screen, the kiosk's first touch, idle reset,
// exit keys and admin PIN, and the speaker view, all through the shell's events and pixels.
#include "app_clicks.hpp"
#include "bundled_dataset.hpp"
#include "modes/kiosk/kiosk_session.hpp"
#include "modes/present/presenter.hpp"
#include "modes/present/speaker_view.hpp"
#include "modes/teach/quiz.hpp"
#include "render/fonts.hpp"
#include "shell/app_shell.hpp"
#include "shell/speaker_window.hpp"
#include "ui/ui_panels.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>
#include <optional>
#include <utility>

namespace {

using fixtures::mouse;
using fixtures::tabCentre;

constexpr unsigned kWidth = 960;
constexpr unsigned kHeight = 540;

sf::Event key(sf::Keyboard::Key code, bool ctrl = false, bool alt = false, bool shift = false) {
    sf::Event e{};
    e.type = sf::Event::KeyPressed;
    e.key.code = code;
    e.key.control = ctrl;
    e.key.alt = alt;
    e.key.shift = shift;
    return e;
}

class MapAppTest : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
        ASSERT_TRUE(m_texture.create(kWidth, kHeight));
        m_options.dataDir = TIDSATLAS_DATA_DIR;
        m_config.heartbeatFile.clear();
    }

    std::unique_ptr<app::AppShell> make() {
        return std::make_unique<app::AppShell>(fixtures::sharedBundledAtlas(), m_options, m_config,
                                               std::vector<std::string>{}, sf::Vector2u(kWidth, kHeight));
    }

    // One frame: time passes, then the app draws (panels report what they were asked).
    sf::Image frame(app::AppShell& app, double dt = 1.0 / 30) {
        app.update(dt);
        app.draw(m_texture);
        m_texture.display();
        return m_texture.getTexture().copyToImage();
    }

    void tap(app::AppShell& app, sf::Vector2f at) {
        app.handle(mouse(sf::Event::MouseButtonPressed, at));
        app.handle(mouse(sf::Event::MouseButtonReleased, at));
    }

    // A screen point inside a unit valid in `year`, away from panels: its label anchor.
    sf::Vector2f anchorOf(const app::AppShell& app, const std::string& code, int year) {
        const geodata::UnitVersion* unit = fixtures::bundledAtlas().dataset.versionOf(code, year);
        EXPECT_NE(unit, nullptr) << code;
        return unit ? app.choices().camera.toScreen(unit->labelAnchor) : sf::Vector2f{};
    }

    sf::RenderTexture m_texture;
    app::Options m_options;
    app::AppConfig m_config;
};

bool allBlack(const sf::Image& image) {
    for (unsigned y = 0; y < image.getSize().y; y += 7)
        for (unsigned x = 0; x < image.getSize().x; x += 7)
            if (image.getPixel(x, y) != sf::Color::Black) return false;
    return true;
}

TEST_F(MapAppTest, PresenterClickerMovesScenesAndHighlightsTheirUnits) {
    m_options.present = true;
    auto app = make();
    ASSERT_EQ(app->mode(), app::AppMode::Present);
    const app::Story& story = app->story();
    ASSERT_GE(story.scenes.size(), 3U) << "the bundled story has scenes";
    frame(*app);
    EXPECT_EQ(app->presenter().scene(), 0);
    EXPECT_EQ(app->playback().year(), story.scenes[0].fromYear);

    // Find a scene with highlighted units and click through to it.
    size_t target = 0;
    while (target < story.scenes.size() && story.scenes[target].highlightUnits.empty()) ++target;
    ASSERT_LT(target, story.scenes.size());
    for (size_t i = 0; i < target; ++i) app->handle(key(sf::Keyboard::PageDown));
    for (int i = 0; i < 400; ++i) frame(*app, 0.1); // 40 s: the scene plays to its end and holds
    const app::Scene& scene = story.scenes[target];
    EXPECT_EQ(app->presenter().scene(), static_cast<int>(target));
    EXPECT_EQ(app->playback().year(), scene.toYear);
    ASSERT_TRUE(app->snapshot().caption.has_value());
    EXPECT_NE(app->snapshot().caption->text.find(scene.caption.sv.substr(0, 20)), std::string::npos);

    app::UiIntent english;
    english.language = app::Language::English;
    app->request(english);
    frame(*app, 0); // the next frame drawn, no time passed
    ASSERT_TRUE(app->snapshot().caption.has_value());
    EXPECT_EQ(app->snapshot().caption->text, scene.caption.en)
        << "the caption follows a language switch at once";

    // Highlighted units keep their colour; the others fade towards pale grey.
    const auto& fills = app->snapshot().map.fills;
    ASSERT_FALSE(fills.empty());
    const geodata::Dataset& dataset = fixtures::bundledAtlas().dataset;
    int highlighted = 0, faded = 0;
    for (const geodata::UnitVersion* unit : dataset.unitsValidIn(scene.toYear)) {
        const sf::Color fill = fills[static_cast<size_t>(unit->id)].colour;
        const sf::Color own = app->scene().map().fillColour(unit->code);
        if (std::find(scene.highlightUnits.begin(), scene.highlightUnits.end(), unit->code) !=
            scene.highlightUnits.end()) {
            EXPECT_EQ(fill, own) << unit->code;
            ++highlighted;
        } else if (own != fill) {
            ++faded;
        }
    }
    EXPECT_GT(highlighted, 0);
    EXPECT_GT(faded, 0);
}

TEST_F(MapAppTest, PresenterBlanksTheScreenAndLeavesWithEscape) {
    m_options.present = true;
    auto app = make();
    EXPECT_FALSE(allBlack(frame(*app)));
    app->handle(key(sf::Keyboard::B));
    EXPECT_TRUE(allBlack(frame(*app)));
    EXPECT_TRUE(app->speakerInfo().blanked);
    app->handle(key(sf::Keyboard::Period)); // the clicker's other blank key brings the map back
    EXPECT_FALSE(allBlack(frame(*app)));
    app->handle(key(sf::Keyboard::Escape));
    frame(*app);
    EXPECT_EQ(app->mode(), app::AppMode::Explore);
    EXPECT_FALSE(app->quitRequested());
}

TEST_F(MapAppTest, AReloadDuringAPresentationStaysOnTheScene) {
    m_options.present = true;
    auto app = make();
    ASSERT_GE(app->story().scenes.size(), 3U);
    frame(*app);
    app->handle(key(sf::Keyboard::PageDown));
    app->handle(key(sf::Keyboard::PageDown));
    for (int i = 0; i < 30; ++i) frame(*app, 0.1);
    const double clock = app->speakerInfo().elapsedSeconds;
    app->setAtlas(fixtures::sharedBundledAtlas()); // as the data watcher does after a curator's edit
    frame(*app);
    EXPECT_EQ(app->mode(), app::AppMode::Present);
    EXPECT_EQ(app->presenter().scene(), 2) << "a reload must not send the talk back to its title scene";
    EXPECT_EQ(app->playback().year(), app->story().scenes[2].fromYear) << "the scene is shown again";
    EXPECT_GE(app->speakerInfo().elapsedSeconds, clock) << "the talk's clock goes on";
}

TEST_F(MapAppTest, KioskFirstTouchOnlyWakesThenTapsSelect) {
    m_options.kiosk = true;
    auto app = make();
    frame(*app);
    ASSERT_EQ(app->kiosk().state(), app::KioskState::Attract);
    for (int i = 0; i < 30; ++i) frame(*app, 0.1);
    const int yearShowing = app->playback().year();
    const sf::Vector2f at = anchorOf(*app, "012700000", yearShowing); // Botkyrka, in every year of the data
    tap(*app, at);
    frame(*app);
    EXPECT_EQ(app->kiosk().state(), app::KioskState::Interactive);
    EXPECT_FALSE(app->choices().selectedUnit.has_value()) << "the waking touch must not select";
    EXPECT_EQ(app->playback().year(), yearShowing) << "the visitor starts at the year that was showing";

    const sf::Vector2f again = anchorOf(*app, "012700000", app->playback().year());
    tap(*app, again);
    frame(*app);
    ASSERT_TRUE(app->choices().selectedUnit.has_value());
    EXPECT_EQ(fixtures::bundledAtlas().dataset.units[static_cast<size_t>(*app->choices().selectedUnit)].code,
              "012700000");
}

TEST_F(MapAppTest, KioskUnitPanelShowsAllOfItselfWithoutScrolling) {
    // A full-HD kiosk: the unit panel has room for all its lines, so a visitor never has to find a
    // scrollbar with a finger.
    m_options.kiosk = true;
    sf::RenderTexture screen;
    ASSERT_TRUE(screen.create(1920, 1080));
    app::AppShell app(fixtures::sharedBundledAtlas(), m_options, m_config, {}, sf::Vector2u(1920, 1080));
    auto show = [&] {
        app.update(1.0 / 30);
        app.draw(screen);
    };
    show();
    const int year = app.playback().year();
    tap(app, anchorOf(app, "012700000", year)); // wakes
    show();
    tap(app, anchorOf(app, "012700000", app.playback().year())); // selects
    for (int i = 0; i < 5; ++i) show();
    ASSERT_TRUE(app.choices().selectedUnit.has_value());
    const ImGuiWindow* panel = ImGui::FindWindowByName("###unitinfo");
    ASSERT_NE(panel, nullptr);
    EXPECT_FALSE(panel->ScrollbarY) << "content " << panel->ContentSize.y << " px, window " << panel->Size.y
                                    << " px";
}

// On a touch screen a finger lands where the pointer has never been: a drag that starts on the year slider
// moves the year and leaves the map where it was (before, the map judged the press by the last frame's
// hover, took it for its own and panned as the year changed).
TEST_F(MapAppTest, KioskADragOnTheYearSliderMovesTheYearNotTheMap) {
    m_options.kiosk = true;
    auto app = make();
    frame(*app);
    app->handle(key(sf::Keyboard::A)); // wakes
    for (int i = 0; i < 3; ++i) frame(*app);
    ASSERT_EQ(app->kiosk().state(), app::KioskState::Interactive);
    const ImGuiWindow* strip = ImGui::FindWindowByName("##kiosk");
    ASSERT_NE(strip, nullptr);
    // The slider is the strip's first row, from its left edge.
    const sf::Vector2f from(strip->ContentRegionRect.Min.x + 10, strip->ContentRegionRect.Min.y + 8);
    const sf::Vector2f to = from + sf::Vector2f(400, 0);
    const geodata::Point middle = fixtures::bundledAtlas().dataset.bounds.center();
    const sf::Vector2f probe = app->choices().camera.toScreen(middle);
    const int year = app->playback().year();
    app->handle(mouse(sf::Event::MouseButtonPressed, from)); // no hover before it: a finger
    frame(*app);
    for (float x = from.x; x <= to.x; x += 50) {
        sf::Event move{};
        move.type = sf::Event::MouseMoved;
        move.mouseMove = {static_cast<int>(x), static_cast<int>(from.y)};
        app->handle(move);
        frame(*app);
    }
    app->handle(mouse(sf::Event::MouseButtonReleased, to));
    frame(*app);
    EXPECT_GT(app->playback().year(), year) << "the drag moved the slider";
    const sf::Vector2f after = app->choices().camera.toScreen(middle);
    EXPECT_FLOAT_EQ(after.x, probe.x) << "the map panned with the slider";
    EXPECT_FLOAT_EQ(after.y, probe.y);
}

TEST_F(MapAppTest, AReloadDuringAKioskVisitKeepsTheVisitorsMap) {
    m_options.kiosk = true;
    auto app = make();
    frame(*app);
    app->handle(key(sf::Keyboard::A)); // wakes
    frame(*app);
    tap(*app, anchorOf(*app, "012700000", app->playback().year()));
    frame(*app);
    ASSERT_TRUE(app->choices().selectedUnit.has_value());
    const int year = app->playback().year();
    app->setAtlas(fixtures::sharedBundledAtlas()); // as the data watcher does after a curator's edit
    frame(*app);
    EXPECT_EQ(app->kiosk().state(), app::KioskState::Interactive);
    EXPECT_EQ(app->playback().year(), year);
    ASSERT_TRUE(app->choices().selectedUnit.has_value());
    EXPECT_EQ(fixtures::bundledAtlas().dataset.units[static_cast<size_t>(*app->choices().selectedUnit)].code,
              "012700000");
}

TEST_F(MapAppTest, KioskIdleCountdownDimsThenResetsViewAndLanguage) {
    m_options.kiosk = true;
    m_config.idleSeconds = 20;
    m_config.countdownSeconds = 5;
    const auto heartbeat = std::filesystem::temp_directory_path() / "tidsatlas-test-heartbeat";
    std::filesystem::remove(heartbeat);
    m_config.heartbeatFile = heartbeat.string();
    auto app = make();
    frame(*app);
    EXPECT_TRUE(std::filesystem::exists(heartbeat)) << "the first frame beats";
    app->handle(key(sf::Keyboard::A)); // wakes
    app::UiIntent choose;
    choose.language = app::Language::English;
    choose.view = app::MapView::Density;
    app->request(choose);
    const sf::Image before = frame(*app);
    ASSERT_EQ(app->strings().language(), app::Language::English);

    const sf::Image dimmed = frame(*app, 20.5);
    ASSERT_EQ(app->kiosk().state(), app::KioskState::StillThere);
    // A point at the top right, away from the card: the whole screen darkens under the question.
    const sf::Color a = before.getPixel(kWidth - 20, kHeight / 3);
    const sf::Color b = dimmed.getPixel(kWidth - 20, kHeight / 3);
    EXPECT_LT(b.r + b.g + b.b + 90, a.r + a.g + a.b);

    frame(*app, 5.5);
    EXPECT_EQ(app->kiosk().state(), app::KioskState::Attract);
    EXPECT_EQ(app->strings().language(), app::Language::Swedish);
    EXPECT_EQ(app->choices().view, app::MapView::Units);
    EXPECT_EQ(app->strings().language(), app::Language::Swedish);
    std::filesystem::remove(heartbeat);
}

TEST_F(MapAppTest, KioskIgnoresExitKeysAndLeavesOnlyWithTheRightPin) {
    m_options.kiosk = true;
    m_config.pin = "4711";
    auto app = make();
    frame(*app);
    sf::Event closed{};
    closed.type = sf::Event::Closed;
    for (const sf::Event& e : {closed, key(sf::Keyboard::Escape), key(sf::Keyboard::F4, false, true)}) {
        app->handle(e);
        frame(*app);
        EXPECT_FALSE(app->quitRequested());
    }
    const auto typePin = [&](const char* pin) {
        app->handle(key(sf::Keyboard::K, true, true, true));
        for (const char* c = pin; *c; ++c)
            app->handle(key(static_cast<sf::Keyboard::Key>(sf::Keyboard::Num0 + (*c - '0'))));
        app->handle(key(sf::Keyboard::Enter));
        frame(*app);
    };
    typePin("1234");
    EXPECT_FALSE(app->quitRequested());
    typePin("4711");
    EXPECT_TRUE(app->quitRequested());
    EXPECT_EQ(app->exitCode(), 0) << "the service unit must not restart a staff exit";
}

// The year is handed down once per frame: what a panel asks for is applied before the frame's snapshot is
// built, so the frame drawn right after a seek already shows the new year, exactly as an app started there.
TEST_F(MapAppTest, AfterASeekTheVeryNextFrameDrawnShowsTheNewYear) {
    auto app = make();
    frame(*app);
    const int year = 1971;
    ASSERT_NE(app->playback().year(), year);
    app::UiIntent seek;
    seek.seekYear = year;
    app->request(seek);
    app->draw(m_texture); // no time passes: the very next frame
    m_texture.display();
    const sf::Image afterSeek = m_texture.getTexture().copyToImage();
    EXPECT_EQ(app->snapshot().map.year, year);
    ASSERT_TRUE(app->snapshot().card.has_value());
    EXPECT_EQ(app->snapshot().card->year, year);

    m_options.year = year;
    auto startedThere = make();
    frame(*startedThere); // ImGui shows its panels from the second frame on
    const sf::Image reference = frame(*startedThere);
    // The map, its card and caption: everything above the timeline panel, whose slider was drawn (as
    // immediate-mode panels are) before the seek it reported.
    int differing = 0;
    for (unsigned y = 0; y < kHeight - static_cast<unsigned>(app::kTimelinePanelHeight); ++y)
        for (unsigned x = 0; x < kWidth; ++x)
            differing += afterSeek.getPixel(x, y) != reference.getPixel(x, y);
    EXPECT_EQ(differing, 0);
}

// The window clamps a year outside the data to the data's years (the one-shot commands refuse it): the
// map, its card and the timeline all show the first or last year, never an empty sea.
TEST_F(MapAppTest, AYearOutsideTheDataOpensAtTheNearestYearItHas) {
    const geodata::Dataset& dataset = fixtures::bundledAtlas().dataset;
    for (const auto& [asked, shown] :
         {std::pair{dataset.firstYear() - 100, dataset.firstYear()}, std::pair{2100, dataset.lastYear()}}) {
        m_options.year = asked;
        auto app = make();
        frame(*app);
        frame(*app);
        EXPECT_EQ(app->playback().year(), shown) << asked;
        EXPECT_EQ(app->snapshot().map.year, shown) << asked;
        ASSERT_TRUE(app->snapshot().card.has_value());
        EXPECT_EQ(app->snapshot().card->year, shown) << asked;
        EXPECT_GT(app->snapshot().card->unitCount, 0U) << asked;
    }
}

// Teaching shows one year everywhere: the year its tool puts on the map (the later year of a comparison,
// the quiz's map) is the one on the timeline and the year card. Opening the quiz moved the map and the card
// to 1947 while the timeline still read 1900.
TEST_F(MapAppTest, TeachingShowsTheToolsYearOnTheMapTheCardAndTheTimeline) {
    m_options.teach = true;
    auto app = make();
    const auto oneYear = [&](const char* when) {
        EXPECT_EQ(app->snapshot().map.year, app->playback().year()) << when << ": map and timeline differ";
        ASSERT_TRUE(app->snapshot().card.has_value());
        EXPECT_EQ(app->snapshot().card->year, app->playback().year()) << when << ": card and timeline differ";
    };
    frame(*app);
    frame(*app);
    ASSERT_EQ(app->mode(), app::AppMode::Teach);
    oneYear("comparing");
    EXPECT_EQ(app->playback().year(), fixtures::bundledAtlas().dataset.lastYear()) << "the later year";

    // The timeline moves a comparison's later year.
    app::UiIntent seek;
    seek.seekYear = 1971;
    app->request(seek);
    frame(*app);
    EXPECT_EQ(app->snapshot().map.year, 1971);
    oneYear("comparing after a seek");

    // Open the quiz by tapping its tab.
    const auto quizTab = tabCentre("quiz");
    ASSERT_TRUE(quizTab.has_value());
    tap(*app, *quizTab);
    frame(*app);
    frame(*app);
    const std::vector<app::QuizQuestion> quiz = app::generateQuiz(fixtures::bundledAtlas().dataset);
    ASSERT_FALSE(quiz.empty());
    const int quizYear = quiz.front().mapYear;
    ASSERT_NE(quizYear, 1971) << "the test needs a quiz year the timeline is not on already";
    EXPECT_EQ(app->snapshot().map.year, quizYear) << "the quiz's map";
    oneYear("in the quiz");

    // A question's map stays while it is asked: the timeline cannot take the map elsewhere.
    app->request(seek);
    frame(*app);
    EXPECT_EQ(app->snapshot().map.year, quizYear);
    oneYear("in the quiz after a seek");
}

TEST_F(MapAppTest, ExploreClosesOnTheWindowsCloseButton) {
    auto app = make();
    sf::Event closed{};
    closed.type = sf::Event::Closed;
    app->handle(closed);
    EXPECT_TRUE(app->quitRequested());
}

TEST_F(MapAppTest, TheExportDialogRendersAVideoWhileTheAppRunsAndCancelRemovesIt) {
    if (std::system("command -v ffprobe >/dev/null 2>&1") != 0) GTEST_SKIP() << "ffmpeg is not installed";
    auto app = make();
    app->handle(key(sf::Keyboard::E, true));
    frame(*app);
    EXPECT_TRUE(app->exportDialogState().open) << "Ctrl+E opens the dialog";

    const auto folder = std::filesystem::temp_directory_path() / "tidsatlas-tests" / "MapAppExport";
    std::filesystem::create_directories(folder);
    app::VideoRequest request;
    request.file = (folder / "range \"it's\" $HOME.mp4").string(); // the dialog takes any name
    request.fromYear = 1950;
    request.toYear = 1975;
    request.fps = 5;
    request.size = {320, 180};
    app->startExport(request);
    ASSERT_NE(app->runningExport(), nullptr) << app->exportDialogState().message;
    int frames = 0;
    while (app->runningExport() && frames < 2000) {
        frame(*app); // the app keeps drawing its own frames meanwhile
        ++frames;
    }
    EXPECT_EQ(app->runningExport(), nullptr);
    EXPECT_FALSE(app->exportDialogState().messageIsError) << app->exportDialogState().message;
    EXPECT_NE(app->exportDialogState().message.find("it's\" $HOME.mp4"), std::string::npos);
    EXPECT_TRUE(std::filesystem::exists(request.file));
    EXPECT_GT(frames, 1) << "the video was written over several app frames, not in one blocking call";

    request.file = (folder / "cancelled.mp4").string();
    request.toYear = 2009;
    app->startExport(request);
    frame(*app);
    ASSERT_NE(app->runningExport(), nullptr);
    app->cancelExport();
    EXPECT_EQ(app->runningExport(), nullptr);
    EXPECT_FALSE(std::filesystem::exists(request.file)) << "an unfinished video is removed";
}

TEST_F(MapAppTest, SpeakerViewShowsNotesAndTheBlankWarning) {
    sf::Font regular, bold;
    ASSERT_TRUE(render::loadFont(regular, render::kSansPath) &&
                render::loadFont(bold, render::kSansBoldPath));
    app::Strings strings;
    strings.load(app::defaultI18nDir());
    sf::RenderTexture speaker;
    ASSERT_TRUE(speaker.create(1280, 720));
    app::SpeakerInfo info;
    info.sceneCount = 3;
    info.scene = 1;
    info.caption = "Kommunreformen 1952";
    info.notes = "Tala om storkommunerna.";
    info.nextCaption = "1971";
    info.elapsedSeconds = 754;
    const auto render = [&] {
        drawSpeakerView(speaker, info, strings, regular, bold);
        speaker.display();
        return speaker.getTexture().copyToImage();
    };
    const sf::Image plain = render();
    const sf::Color background = plain.getPixel(5, 700);
    // Text is drawn in the caption and notes rows (light pixels on the dark background).
    int light = 0;
    for (unsigned y = 60; y < 300; ++y)
        for (unsigned x = 20; x < 700; ++x)
            if (plain.getPixel(x, y).r > 180) ++light;
    EXPECT_GT(light, 500);
    info.blanked = true;
    const sf::Image blanked = render();
    const sf::Color band = blanked.getPixel(5, 90);
    EXPECT_GT(band.r, band.g + 60) << "a red band says the audience sees black";
    EXPECT_EQ(blanked.getPixel(5, 700), background);
    EXPECT_EQ(app::formatElapsed(754), "12:34");
    EXPECT_EQ(app::formatElapsed(3723), "1:02:03");
}

// Esc leaves presenting: the speaker window keeps painting and says so; F5 there brings both back.
TEST_F(MapAppTest, TheSpeakerWindowPaintsAfterEscapeAndF5BringsBothBack) {
    sf::Font regular, bold;
    ASSERT_TRUE(render::loadFont(regular, render::kSansPath) &&
                render::loadFont(bold, render::kSansBoldPath));
    m_options.present = true;
    auto app = make();
    sf::RenderTexture speaker;
    ASSERT_TRUE(speaker.create(1280, 720));
    const auto paint = [&] {
        speaker.clear(sf::Color::Magenta); // what a window that stopped drawing would keep showing
        app::paintSpeakerWindow(speaker, *app, regular, bold);
        speaker.display();
        return speaker.getTexture().copyToImage();
    };
    const auto countMagenta = [](const sf::Image& image) {
        int n = 0;
        for (unsigned y = 0; y < image.getSize().y; y += 4)
            for (unsigned x = 0; x < image.getSize().x; x += 4)
                if (image.getPixel(x, y) == sf::Color::Magenta) ++n;
        return n;
    };
    const auto lightRows = [](const sf::Image& image, unsigned from, unsigned to) {
        int n = 0;
        for (unsigned y = from; y < to; ++y)
            for (unsigned x = 0; x < image.getSize().x; x += 2)
                if (image.getPixel(x, y).r > 200 && image.getPixel(x, y).g > 200) ++n;
        return n;
    };
    frame(*app);
    const sf::Image presenting = paint();
    EXPECT_EQ(countMagenta(presenting), 0);

    app->handle(key(sf::Keyboard::Escape));
    frame(*app);
    ASSERT_EQ(app->mode(), app::AppMode::Explore);
    EXPECT_FALSE(app->speakerInfo().presenting);
    const sf::Image ended = paint();
    EXPECT_EQ(countMagenta(ended), 0) << "the speaker window is painted after Esc";
    // The ended screen: its title in the middle third, where the presenting view has its notes.
    EXPECT_GT(lightRows(ended, 240, 330), 300) << "\"Presentationen är avslutad\" is drawn";
    EXPECT_EQ(lightRows(ended, 60, 200), 0) << "no stale caption from the last scene";
    EXPECT_GT(lightRows(presenting, 60, 200), 300);

    app->handleSpeakerKey(sf::Keyboard::F5); // from the speaker window, as from the main one
    frame(*app);
    EXPECT_EQ(app->mode(), app::AppMode::Present);
    EXPECT_TRUE(app->speakerInfo().presenting);
    EXPECT_EQ(app->presenter().scene(), 0);
    EXPECT_GT(lightRows(paint(), 60, 200), 300) << "the scene's caption is back";
}

// The talk's clock stands until the first advance, so opening the presentation early costs no time.
TEST_F(MapAppTest, TheTalksClockStartsAtTheFirstAdvance) {
    m_options.present = true;
    auto app = make();
    for (int i = 0; i < 20; ++i) frame(*app, 0.1);
    EXPECT_DOUBLE_EQ(app->speakerInfo().elapsedSeconds, 0);
    app->handle(key(sf::Keyboard::PageDown));
    for (int i = 0; i < 20; ++i) frame(*app, 0.1);
    EXPECT_NEAR(app->speakerInfo().elapsedSeconds, 2.0, 0.15);
    app->handle(key(sf::Keyboard::R));
    frame(*app, 0.1);
    EXPECT_DOUBLE_EQ(app->speakerInfo().elapsedSeconds, 0);
    EXPECT_EQ(app->presenter().scene(), 1) << "R resets the time, not the scene";
}

} // namespace
