#include "shell/app_shell.hpp"

#include "modes/explore/explore_mode.hpp"
#include "modes/kiosk/kiosk_mode.hpp"
#include "modes/present/present_mode.hpp"
#include "modes/teach/teach_mode.hpp"
#include "platform/log.hpp"
#include "render/fonts.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <stdexcept>
#include <utility>

namespace app {

namespace {

std::unique_ptr<Mode> makeMode(AppMode mode, ModeContext& ctx) {
    switch (mode) {
    case AppMode::Teach:
        return std::make_unique<TeachMode>(ctx.atlas);
    case AppMode::Present:
        return std::make_unique<PresentMode>(ctx);
    case AppMode::Kiosk:
        return std::make_unique<KioskMode>(ctx);
    case AppMode::Explore:
        break;
    }
    return std::make_unique<ExploreMode>();
}

AppMode firstMode(const Options& options) {
    if (options.kiosk) return AppMode::Kiosk;
    if (options.present) return AppMode::Present;
    return options.teach ? AppMode::Teach : AppMode::Explore;
}

} // namespace

AppShell::AppShell(std::shared_ptr<const Atlas> atlas, const Options& options, AppConfig config,
                   std::vector<std::string> configProblems, sf::Vector2u size)
    : m_atlas(std::move(atlas)), m_options(options), m_config(std::move(config)),
      m_baseProblems(std::move(configProblems)), m_size(size) {
    if (options.english) m_config.language = Language::English;
    m_strings = loadAppStrings(m_config.language, &m_baseProblems);
    m_imgui.loadFont(render::kDefaultFontPath, 18.0F);
    m_choices.view = parseMapView(m_options.view);
    buildForAtlas();
    m_playback->seek(options.year.value_or(m_atlas->dataset.firstYear()));
    switchNow(firstMode(options));
}

AppShell::~AppShell() = default;

ModeContext AppShell::context() const {
    // Modes get the shared state to change; a const shell hands it out for reading only.
    auto& self = const_cast<AppShell&>(*this); // NOLINT(cppcoreguidelines-pro-type-const-cast)
    return ModeContext{*m_atlas,       m_atlas,      m_story,       self.m_strings, *self.m_playback,
                       self.m_choices, self.m_glide, *self.m_scene, self.m_exports, m_problems,
                       m_options,      m_config,     m_size,        m_clock,        self};
}

void AppShell::buildForAtlas() {
    const Atlas& atlas = *m_atlas;
    const geodata::Dataset& dataset = atlas.dataset;
    m_frames.reset(); // refers to the old scene's colours
    m_scene = std::make_unique<render::SceneRenderer>(dataset, atlas.timeline, atlas.population);
    m_frames = std::make_unique<FrameBuilder>(atlas, m_strings, m_scene->map());
    auto playback = std::make_unique<geodata::Playback>(dataset.firstYear(), dataset.lastYear(),
                                                        dataset.changeYears(), atlas.timeline.eventYears());
    if (m_playback) { // a reload: the year and the tempo stay
        playback->seek(m_playback->year());
        playback->tempo = m_playback->tempo;
    }
    m_playback = std::move(playback);
    StoryLoad story = loadFolderStory(m_config, m_options.dataDir, atlas);
    m_story = std::move(story.story);
    const std::vector<StoryIssue> known = std::exchange(m_storyIssues, std::move(story.issues));
    // Logged and printed like the other files' problems (present and kiosk show no problems panel); an
    // accepted reload with the same known problems does not repeat them.
    for (const StoryIssue& issue : m_storyIssues)
        if (std::none_of(known.begin(), known.end(),
                         [&](const StoryIssue& old) { return old.toString() == issue.toString(); }))
            logWarning(issue.toString());
    collectProblems();
}

void AppShell::setAtlas(std::shared_ptr<const Atlas> atlas) {
    if (!atlas) return;
    // Version ids differ between datasets: the selection is carried over by its code.
    std::optional<std::string> selectedCode;
    if (const auto& id = m_choices.selectedUnit)
        selectedCode = m_atlas->dataset.units[static_cast<size_t>(*id)].code;
    m_atlas = std::move(atlas);
    m_glide.stop();
    m_choices.selectedUnit.reset();
    buildForAtlas();
    if (selectedCode)
        if (const geodata::UnitVersion* unit = m_atlas->dataset.versionOf(*selectedCode, m_playback->year()))
            m_choices.selectedUnit = unit->id;
    fitCamera();
    ModeContext ctx = context();
    m_mode->dataChanged(ctx);
    settleMode();
}

void AppShell::addProblem(std::string problem) {
    m_baseProblems.push_back(problem);
    m_problems.push_back(std::move(problem));
}

void AppShell::switchNow(AppMode mode) {
    ModeContext ctx = context();
    m_mode = makeMode(mode, ctx);
    applyLayout();
    m_mode->enter(ctx);
}

void AppShell::settleMode() {
    while (const auto mode = std::exchange(m_pendingMode, std::nullopt)) switchNow(*mode);
}

void AppShell::applyLayout() {
    const ModeContext ctx = context();
    m_look = m_mode->look(ctx);
    // Crisp text at the size asked for, not a blurry scaled texture.
    const float pixels = m_mode->panelFontPixels(ctx);
    if (std::abs(pixels - m_imgui.fontPixelSize()) > 0.5F) m_imgui.setFontPixelSize(pixels);
    fitCamera();
}

void AppShell::fitCamera() { m_choices.camera = cameraFor(m_atlas->dataset.frame); }

render::Camera AppShell::cameraFor(const geodata::Bounds& bounds) const {
    // The plan is the same for every year, so the frame of now stands for all of them.
    const ModeContext ctx = context();
    const render::SceneSnapshot s =
        m_frames->build(m_playback->moment(), m_choices, m_mode->frame(ctx), m_look);
    return m_scene->fit(m_choices.camera, bounds,
                        {static_cast<float>(m_size.x), static_cast<float>(m_size.y)}, s);
}

void AppShell::quit(int exitCode) {
    m_quit = true;
    m_exitCode = exitCode;
}

void AppShell::resize(sf::Vector2u size) {
    m_size = size;
    m_choices.camera.setViewport({static_cast<float>(size.x), static_cast<float>(size.y)});
    if (m_mode->refitsOnResize()) applyLayout();
}

void AppShell::update(double dt) {
    m_clock += dt;
    m_playback->advance(dt);
    ModeContext ctx = context();
    m_mode->update(dt, ctx);
    settleMode();
    m_glide.advance(dt, m_choices.camera);
    syncSelectionToYear();
    m_exports.step(*m_atlas, m_strings);
    m_imguiDt = static_cast<float>(dt);
}

void AppShell::draw(sf::RenderTarget& target) {
    m_imgui.newFrame(m_size, std::max(m_imguiDt, 1e-4F));
    {
        ModeContext ctx = context();
        UiIntent intent;
        m_mode->panels(ctx, intent);
        apply(intent); // before the snapshot: what a panel asked shows in this very frame
    }
    settleMode();
    // A mode's panels or bars opened, closed or changed size: the map is planned around them anew.
    if (m_mode->look(context()) != m_look) applyLayout();
    m_overlays.clear();
    addImGuiWindows(m_overlays);
    const ModeContext ctx = context();
    m_snapshot = m_frames->build(m_playback->moment(), m_choices, m_mode->frame(ctx), m_look);
    const render::SceneLayout& layout = m_scene->draw(target, m_snapshot);
    addSceneOverlays(m_overlays, layout);
    if (!m_snapshot.blank) m_mode->drawOverlays(target, ctx, m_overlays);
    m_imgui.render(target);
}

// A selection follows its unit through time: the same code's version in the new year, if any.
void AppShell::syncSelectionToYear() {
    auto& selected = m_choices.selectedUnit;
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

SpeakerInfo AppShell::speakerInfo() const {
    if (const auto* present = dynamic_cast<const PresentMode*>(m_mode.get()))
        return present->speakerInfo(context());
    SpeakerInfo ended;
    ended.presenting = false; // Esc left presenting: the speaker window says so
    return ended;
}

void AppShell::handleSpeakerKey(sf::Keyboard::Key key) {
    if (auto* present = dynamic_cast<PresentMode*>(m_mode.get())) {
        present->speakerKey(key);
        return;
    }
    // After Esc the speaker window says the presentation has ended; F5 there starts it again, as in the
    // main window.
    if (key == sf::Keyboard::F5) {
        switchTo(AppMode::Present);
        settleMode();
    }
}

const KioskSession& AppShell::kiosk() const {
    if (const auto* kiosk = dynamic_cast<const KioskMode*>(m_mode.get())) return kiosk->session();
    throw std::logic_error("AppShell::kiosk() outside kiosk mode");
}

const TeachMode& AppShell::teaching() const {
    if (const auto* teach = dynamic_cast<const TeachMode*>(m_mode.get())) return *teach;
    throw std::logic_error("AppShell::teaching() outside teaching");
}

const Presenter& AppShell::presenter() const {
    if (const auto* present = dynamic_cast<const PresentMode*>(m_mode.get())) return present->presenter();
    throw std::logic_error("AppShell::presenter() outside presenter mode");
}

void AppShell::startExport(const VideoRequest& request) {
    m_exports.start(m_atlas, exportLook(m_options, m_strings.language(), m_choices.view), request, m_strings);
}

} // namespace app
