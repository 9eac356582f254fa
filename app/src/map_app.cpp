#include "map_app.hpp"

#include "alluvial_panel.hpp"
#include "commands.hpp"
#include "render/fonts.hpp"
#include "ui_panels.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

namespace app {

namespace {
// A press and release closer than this (in pixels) is a click or tap, not a drag.
constexpr float kClickSlop = 6.0F;
// A presenter's text is this much larger than the configured textScale when no config file says
// otherwise: read from the back of a hall.
constexpr float kProjectorTextScale = 1.5F;
} // namespace

MapApp::MapApp(std::shared_ptr<const Atlas> atlas, const Options& options, AppConfig config,
               std::vector<std::string> configProblems, sf::Vector2u size)
    : m_atlas(std::move(atlas)), m_options(options), m_config(std::move(config)),
      m_baseProblems(std::move(configProblems)), m_size(size),
      m_kiosk(KioskTiming{m_config.idleSeconds, m_config.countdownSeconds}), m_admin(m_config.pin) {
    if (options.english) m_config.language = Language::English;
    m_strings = loadAppStrings(m_config.language, &m_baseProblems);
    m_fontsOk =
        render::loadFont(m_font, render::kSansPath) && render::loadFont(m_bold, render::kSansBoldPath);
    m_imgui.loadFont(render::kDefaultFontPath, 18.0F);
    m_mode = options.kiosk ? AppMode::Kiosk : options.present ? AppMode::Present : AppMode::Explore;
    buildForAtlas();
    m_playback->seek(options.year.value_or(m_atlas->dataset.firstYear()));
    applyTextScale();
    if (m_mode == AppMode::Present) enterPresent();
    if (m_mode == AppMode::Kiosk) {
        if (!m_config.heartbeatFile.empty())
            m_heartbeat.emplace(m_config.heartbeatFile, m_config.heartbeatSeconds);
        resetKiosk();
    }
}

MapApp::~MapApp() = default;

void MapApp::buildForAtlas() {
    const Atlas& atlas = *m_atlas;
    const geodata::Dataset& dataset = atlas.dataset;
    auto scene = std::make_unique<MapScene>(atlas, m_strings); // worded in m_strings' language
    auto playback = std::make_unique<geodata::Playback>(dataset.firstYear(), dataset.lastYear(), dataset.changeYears(),
                                               atlas.timeline.eventYears());
    if (m_scene) { // a reload: keep what the user sees
        scene->view = m_scene->view;
        scene->bodies = m_scene->bodies;
        scene->frame.camera = m_scene->frame.camera;
        scene->frame.textScale = m_scene->frame.textScale;
        scene->frame.bottomInset = m_scene->frame.bottomInset;
        playback->seek(m_playback->year());
        playback->tempo = m_playback->tempo;
    } else {
        scene->view = parseMapView(m_options.view);
    }
    auto teach = std::make_unique<TeachState>(atlas);
    teach->active = m_teach ? m_teach->active : m_options.teach;
    m_player.reset(); // refers to m_story, replaced below
    m_scene = std::move(scene);
    m_playback = std::move(playback);
    m_teach = std::move(teach);
    loadStoryFor(atlas);
    m_player = std::make_unique<StoryPlayer>(m_story);
    const auto sceneCount = static_cast<int>(m_story.scenes.size());
    if (m_presenter)
        m_presenter->setSceneCount(sceneCount); // a reload: a running presentation stays where it is
    else
        m_presenter = std::make_unique<Presenter>(sceneCount, PresenterTiming{},
                                                  m_options.fullscreen || m_mode == AppMode::Present);
    collectProblems();
    m_scene->frame.textScale = textScale();
    fitCamera();
}

void MapApp::loadStoryFor(const Atlas& atlas) {
    m_story = {};
    m_storyIssues.clear();
    const std::string path = storyPath(m_config, m_options.dataDir);
    // A dataset without a story is fine (the map works without one); a configured story must exist.
    if (m_config.storyFile.empty() && !std::filesystem::exists(path)) return;
    StoryLoad load = loadStory(path, makeStoryContext(atlas.dataset, atlas.timeline));
    m_story = std::move(load.story);
    m_storyIssues = std::move(load.issues);
}

void MapApp::setAtlas(std::shared_ptr<const Atlas> atlas) {
    if (!atlas) return;
    // Version ids differ between datasets: the selection is carried over by its code.
    std::optional<std::string> selectedCode;
    if (const auto& id = m_scene->frame.selectedUnit)
        selectedCode = m_atlas->dataset.units[static_cast<size_t>(*id)].code;
    const AppMode mode = m_mode;
    m_atlas = std::move(atlas);
    m_glide.stop();
    buildForAtlas();
    if (selectedCode)
        if (const geodata::UnitVersion* unit = m_atlas->dataset.versionOf(*selectedCode, m_playback->year()))
            m_scene->frame.selectedUnit = unit->id;
    if (mode == AppMode::Present) showScene(static_cast<size_t>(m_presenter->scene()), false);
    // A visitor in the middle of a visit keeps the map; the attract loop starts again on the new story.
    if (mode == AppMode::Kiosk && m_kiosk.state() == KioskState::Attract) resetKiosk();
}

void MapApp::addProblem(std::string problem) {
    m_baseProblems.push_back(problem);
    m_problems.push_back(std::move(problem));
}

sf::Vector2f MapApp::sizeF() const { return {static_cast<float>(m_size.x), static_cast<float>(m_size.y)}; }

void MapApp::resize(sf::Vector2u size) {
    m_size = size;
    m_scene->frame.camera.setViewport(sizeF());
    if (m_mode != AppMode::Explore) applyTextScale();
}

void MapApp::fitCamera() {
    switch (m_mode) {
    case AppMode::Present:
        m_scene->frame.bottomInset = 0; // the controls hide; the caption has its own room
        break;
    case AppMode::Kiosk:
        m_scene->frame.bottomInset = kioskBarHeight();
        break;
    case AppMode::Explore:
        m_scene->frame.bottomInset = kTimelinePanelHeight;
        break;
    }
    m_scene->fitCamera(sizeF());
}

float MapApp::textScale() const {
    if (m_mode != AppMode::Present) return m_config.textScale;
    // Projector text is sized for a 1080-line picture and follows the picture's height, so a smaller
    // window or a 540-line video shows the same layout, not a map buried under text.
    const float base = m_options.config.empty() ? kProjectorTextScale : m_config.textScale;
    return base * std::clamp(static_cast<float>(m_size.y) / 1080.0F, 0.4F, 2.0F);
}

void MapApp::applyTextScale() {
    m_scene->frame.textScale = textScale();
    // Crisp text at the size asked for, not a blurry scaled texture. The explorer's panels have fixed
    // sizes and keep the normal size; the presenter's bar and the kiosk's touch controls grow.
    float pixels = 18.0F;
    if (m_mode == AppMode::Present) pixels *= textScale();
    if (m_mode == AppMode::Kiosk)
        pixels = std::max(pixels * textScale(), touchTargetPx(m_config, m_size.x, m_size.y) * 0.38F);
    if (std::abs(pixels - m_imgui.fontPixelSize()) > 0.5F) m_imgui.setFontPixelSize(pixels);
    fitCamera();
}

bool MapApp::wantsFullscreen() const {
    if (m_mode == AppMode::Kiosk) return true;
    if (m_mode == AppMode::Present) return m_presenter->fullscreen();
    return m_options.fullscreen;
}

void MapApp::handle(const sf::Event& event) {
    if (event.type == sf::Event::KeyPressed || event.type == sf::Event::KeyReleased) {
        m_ctrl = event.key.control;
        m_alt = event.key.alt;
        m_shift = event.key.shift;
    }
    if (m_mode == AppMode::Kiosk && handleKioskEvent(event)) return;
    if (m_mode == AppMode::Present && handlePresentEvent(event)) return;
    if (event.type == sf::Event::Closed) {
        m_quit = true;
        return;
    }
    handleMapEvent(event);
}

void MapApp::handleMapEvent(const sf::Event& event) {
    m_imgui.processEvent(event);
    MapScene& scene = *m_scene;
    switch (event.type) {
    case sf::Event::Resized:
        resize({event.size.width, event.size.height});
        break;
    case sf::Event::KeyPressed:
        if (!m_imgui.wantsKeyboard()) handleKey(event.key.code);
        break;
    case sf::Event::MouseWheelScrolled:
        if (!m_imgui.wantsMouse()) {
            m_glide.stop();
            scene.frame.camera.zoomAt(
                {static_cast<float>(event.mouseWheelScroll.x), static_cast<float>(event.mouseWheelScroll.y)},
                std::pow(1.2, event.mouseWheelScroll.delta));
        }
        break;
    case sf::Event::MouseButtonPressed:
        if (!m_imgui.wantsMouse() && event.mouseButton.button == sf::Mouse::Left) {
            m_dragging = true;
            m_pressAt = m_lastMouse = {static_cast<float>(event.mouseButton.x),
                                       static_cast<float>(event.mouseButton.y)};
        }
        break;
    case sf::Event::MouseMoved:
        if (m_dragging) {
            const sf::Vector2f at(static_cast<float>(event.mouseMove.x),
                                  static_cast<float>(event.mouseMove.y));
            m_glide.stop();
            scene.frame.camera.panBy(at - m_lastMouse);
            m_lastMouse = at;
        }
        break;
    case sf::Event::MouseButtonReleased:
        if (m_dragging && event.mouseButton.button == sf::Mouse::Left) {
            m_dragging = false;
            const sf::Vector2f at(static_cast<float>(event.mouseButton.x),
                                  static_cast<float>(event.mouseButton.y));
            if (std::hypot(at.x - m_pressAt.x, at.y - m_pressAt.y) < kClickSlop) selectAt(at);
        }
        break;
    default:
        break;
    }
}

void MapApp::handleKey(sf::Keyboard::Key key) {
    switch (key) {
    case sf::Keyboard::Right:
        m_playback->stepForward();
        break;
    case sf::Keyboard::Left:
        m_playback->stepBackward();
        break;
    case sf::Keyboard::Space:
        m_playback->togglePlay();
        break;
    case sf::Keyboard::Home:
        fitCamera();
        break;
    case sf::Keyboard::Escape:
        m_scene->frame.selectedUnit.reset();
        break;
    case sf::Keyboard::F5: // as in slide software: start presenting
        if (m_mode == AppMode::Explore) enterPresent();
        break;
    case sf::Keyboard::E:
        if (m_ctrl && m_mode == AppMode::Explore) openExportDialog();
        break;
    default:
        break;
    }
}

void MapApp::selectAt(sf::Vector2f screen) {
    const MapScene::Pick hit = m_scene->pick(screen);
    if (hit.unit && m_teach->tapUnit(m_atlas->dataset.units[static_cast<size_t>(*hit.unit)])) return;
    m_scene->selectedBody = hit.body;
    m_scene->frame.selectedUnit = hit.unit;
}

// A selection follows its unit through time: the same code's version in the new year, if any.
void MapApp::syncSelectionToYear() {
    auto& selected = m_scene->frame.selectedUnit;
    if (!selected) return;
    const geodata::Dataset& dataset = m_atlas->dataset;
    const geodata::UnitVersion& unit = dataset.units[static_cast<size_t>(*selected)];
    if (unit.validIn(m_playback->year())) return;
    const geodata::UnitVersion* successor = dataset.versionOf(unit.code, m_playback->year());
    if (successor)
        selected = successor->id;
    else
        selected.reset();
}

void MapApp::update(double dt) {
    m_clock += dt;
    m_playback->advance(dt);
    if (m_mode == AppMode::Present) updatePresent(dt);
    if (m_mode == AppMode::Kiosk) updateKiosk(dt);
    m_glide.advance(dt, m_scene->frame.camera);
    syncSelectionToYear();
    stepExport();
    MapScene& scene = *m_scene;
    scene.frame.year = m_playback->year();
    scene.smoothYear = m_playback->exactYear();
    scene.frame.transition = m_playback->transition();
    // A body founded in this year grows in over the first second at its stop.
    scene.bodyAppear = static_cast<float>(std::min(1.0, m_playback->secondsAtStop() / 0.8));
    m_imguiDt = static_cast<float>(dt);
}

void MapApp::draw(sf::RenderTarget& target) {
    m_imgui.newFrame(m_size, std::max(m_imguiDt, 1e-4F));
    UiIntent intent;
    drawPanels(intent);
    apply(intent);
    if (m_mode == AppMode::Present && m_presenter->blanked()) {
        target.clear(sf::Color::Black);
        m_imgui.render(target); // the controls, if the mouse just moved
        return;
    }
    drawMap(target);
    if (m_mode == AppMode::Kiosk) drawKioskOverlay(target);
    m_imgui.render(target);
}

void MapApp::drawPanels(UiIntent& intent) {
    const PanelArea area{static_cast<float>(m_size.x), static_cast<float>(m_size.y)};
    const Strings& text = m_strings;
    if (m_mode == AppMode::Present) {
        presentPanel(intent);
        return;
    }
    if (m_mode == AppMode::Kiosk) {
        kioskPanel(intent);
        return;
    }
    viewBar(*m_scene, m_storyOpen, m_teach->active, area, intent);
    if (m_teach->active) {
        teachPanel(*m_teach, *m_atlas, text, area, intent);
        if (m_teach->tool == TeachTool::Lineage)
            alluvialPanel(m_teach->flows, *m_atlas, m_scene->renderer(), text, area, intent);
    }
    timelinePanel(*m_playback, *m_atlas, text, area, intent);
    if (m_scene->frame.selectedUnit)
        unitInfoPanel(*m_atlas, *m_scene->frame.selectedUnit, m_playback->year(), text, area, intent);
    else if (m_scene->selectedBody)
        bodyPanel(*m_atlas, *m_scene->selectedBody, m_playback->year(), text, area, intent);
    if (m_storyOpen) storyPanel(*m_atlas, m_openEvent, text, area, intent);
    exportPanel();
    problemsPanel(m_problems, text, area);
}

// The map as the teaching tool wants it, or the plain story map.
void MapApp::drawMap(sf::RenderTarget& target) {
    MapScene& scene = *m_scene;
    const TeachState& teach = *m_teach;
    const bool teaching = m_mode == AppMode::Explore && teach.active;
    scene.frame.ghostYear.reset();
    scene.caption = !teaching; // the teaching panels take the bottom of the screen
    if (teaching) {
        if (const auto year = teach.mapYear()) {
            scene.frame.year = *year;
            scene.smoothYear = *year;
            scene.frame.transition.reset();
        }
        if (teach.tool == TeachTool::Compare) {
            if (teach.compare == CompareMode::SideBySide) {
                scene.drawSideBySide(target, teach.earlierYear, teach.laterYear);
                return;
            }
            scene.frame.ghostYear = teach.earlierYear;
        }
    }
    scene.quizMarks.clear();
    if (teaching && teach.tool == TeachTool::Quiz && !teach.quiz.finished()) quizMarks();
    scene.draw(target);
}

// Chosen units in the quiz stand out; after an answer, right ones are green and wrong ones red.
void MapApp::quizMarks() {
    const QuizSession& quiz = m_teach->quiz;
    for (const std::string& code : quiz.chosen()) m_scene->quizMarks[code] = sf::Color(255, 200, 60);
    if (const auto& feedback = quiz.feedback()) {
        for (const std::string& code : quiz.current().answer)
            m_scene->quizMarks[code] = sf::Color(60, 180, 90);
        for (const std::string& code : feedback->wrong) m_scene->quizMarks[code] = sf::Color(220, 70, 50);
    }
}

void MapApp::apply(const UiIntent& intent) {
    geodata::Playback& playback = *m_playback;
    MapScene& scene = *m_scene;
    if (intent.togglePlay) playback.togglePlay();
    if (intent.stepForward) playback.stepForward();
    if (intent.stepBackward) playback.stepBackward();
    if (intent.speed) playback.tempo.yearsPerSecond = *intent.speed;
    if (intent.seekYear) {
        playback.setPlaying(false);
        playback.seek(*intent.seekYear);
    }
    if (intent.selectUnit) {
        scene.frame.selectedUnit = *intent.selectUnit;
        scene.selectedBody.reset();
    }
    if (intent.clearSelection) scene.frame.selectedUnit.reset();
    if (intent.selectBody) {
        scene.selectedBody = *intent.selectBody;
        scene.frame.selectedUnit.reset();
    }
    if (intent.clearBody) scene.selectedBody.reset();
    if (intent.view) scene.view = *intent.view;
    if (intent.language) {
        m_strings.setLanguage(*intent.language);
        if (m_scene->captionText) showSceneCaption(); // a story caption follows the switch at once
    }
    if (intent.showBodies) scene.bodies = *intent.showBodies;
    if (intent.showStory) m_storyOpen = *intent.showStory;
    if (intent.openEvent) m_openEvent = intent.openEvent;
    if (intent.showTeach) m_teach->active = *intent.showTeach;
    if (intent.openExport) openExportDialog();
    if (intent.startPresenting && m_mode == AppMode::Explore) enterPresent();
}

void MapApp::exportPanel() {
    const ExportAction action = exportDialog(m_exportDialog, m_export.get(), m_playback->firstYear(),
                                             m_playback->lastYear(), m_playback->year(), m_strings);
    if (action.cancel) cancelExport();
    if (action.savePng) {
        Options look = exportLook();
        look.exportPng = *action.savePng;
        look.size = exportSizes()[static_cast<size_t>(m_exportDialog.sizeIndex)];
        const bool ok = exportPng(*m_atlas, m_strings, look, m_playback->year()) == 0;
        m_exportDialog.messageIsError = !ok;
        m_exportDialog.message =
            ok ? m_strings.format("export.done", {std::filesystem::absolute(look.exportPng).string()})
               : m_strings.format("export.failed", {look.exportPng});
    }
    if (action.startVideo) startExport(*action.startVideo);
}

// The export shows the map as the user sees it: language and view.
Options MapApp::exportLook() const {
    Options look = m_options;
    look.english = m_strings.language() == Language::English;
    look.view = mapViewName(m_scene->view);
    return look;
}

void MapApp::startExport(const VideoRequest& request) {
    m_export = std::make_unique<VideoExporter>(m_atlas, exportLook(), request);
    if (m_export->error().empty()) return;
    m_exportDialog.message = m_strings.format("export.failed", {m_export->error()});
    m_exportDialog.messageIsError = true;
    m_export.reset();
}

void MapApp::cancelExport() {
    if (!m_export) return;
    m_export->cancel();
    m_export.reset();
    m_exportDialog.message = m_strings.get("export.cancelled");
    m_exportDialog.messageIsError = false;
}

// A video renders a few frames per screen frame, so the app stays responsive and shows progress.
void MapApp::stepExport() {
    if (!m_export) return;
    constexpr double kBudgetSeconds = 0.05;
    if (m_export->step(kBudgetSeconds)) return;
    const bool ok = m_export->finished();
    m_exportDialog.messageIsError = !ok;
    m_exportDialog.message =
        ok ? m_strings.format("export.done", {std::filesystem::absolute(m_export->request().file).string()})
           : m_strings.format("export.failed", {m_export->error()});
    m_export.reset();
}

} // namespace app
