// The shell's part of input: the mode in charge sees each event first; what it leaves is the map's
// (pan, zoom, tap to select) and the keys every mode shares. Panels' intents are applied here too.
#include "shell/app_shell.hpp"

namespace app {

void AppShell::handle(const sf::Event& event) {
    if (event.type == sf::Event::KeyPressed || event.type == sf::Event::KeyReleased)
        m_ctrl = event.key.control;
    ModeContext ctx = context();
    if (m_mode->handle(event, ctx)) {
        settleMode();
        return;
    }
    if (event.type == sf::Event::Closed) {
        quit(0);
        return;
    }
    handleMapEvent(event);
    settleMode();
}

void AppShell::handleMapEvent(const sf::Event& event) {
    m_imgui.processEvent(event);
    bool panelsTakeMouse = m_imgui.wantsMouse();
    if (event.type == sf::Event::MouseButtonPressed) // a finger may land on a panel the pointer never hovered
        panelsTakeMouse = panelsTakeMouse || m_imgui.hasWindowAt({static_cast<float>(event.mouseButton.x),
                                                                  static_cast<float>(event.mouseButton.y)});
    if (const auto tap = m_gestures.handle(event, panelsTakeMouse, m_choices.camera, m_glide)) selectAt(*tap);
    switch (event.type) {
    case sf::Event::Resized:
        resize({event.size.width, event.size.height});
        break;
    case sf::Event::KeyPressed:
        if (m_imgui.wantsKeyboard()) break;
        if (ModeContext ctx = context(); !m_mode->key(event.key.code, m_ctrl, ctx)) handleKey(event.key.code);
        break;
    default:
        break;
    }
}

void AppShell::handleKey(sf::Keyboard::Key key) {
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
        m_choices.selectedUnit.reset();
        break;
    default:
        break;
    }
}

// A tap picks what the last frame showed there (a badge, else a unit), seen through today's camera.
void AppShell::selectAt(sf::Vector2f screen) {
    render::SceneSnapshot shown = m_snapshot;
    shown.map.camera = m_choices.camera;
    const render::SceneRenderer::Pick hit = m_scene->pick(screen, shown);
    ModeContext ctx = context();
    if (hit.unit && m_mode->tapUnit(m_atlas->dataset.units[static_cast<size_t>(*hit.unit)], ctx)) return;
    m_choices.selectedBody = hit.body;
    m_choices.selectedUnit = hit.unit;
}

void AppShell::request(const UiIntent& intent) {
    apply(intent);
    settleMode();
}

// The shared part of what the panels asked for; the mode applies its own part.
void AppShell::apply(const UiIntent& intent) {
    geodata::Playback& playback = *m_playback;
    if (intent.togglePlay) playback.togglePlay();
    if (intent.stepForward) playback.stepForward();
    if (intent.stepBackward) playback.stepBackward();
    if (intent.speed) playback.tempo.yearsPerSecond = *intent.speed;
    if (intent.seekYear) {
        playback.setPlaying(false);
        playback.seek(*intent.seekYear);
    }
    if (intent.selectUnit) {
        m_choices.selectedUnit = *intent.selectUnit;
        m_choices.selectedBody.reset();
    }
    if (intent.clearSelection) m_choices.selectedUnit.reset();
    if (intent.selectBody) {
        m_choices.selectedBody = *intent.selectBody;
        m_choices.selectedUnit.reset();
    }
    if (intent.clearBody) m_choices.selectedBody.reset();
    if (intent.view) m_choices.view = *intent.view;
    if (intent.language) m_strings.setLanguage(*intent.language); // captions and panels follow in this frame
    if (intent.showBodies) m_choices.bodies = *intent.showBodies;
    if (intent.openExport) m_exports.open();
    ModeContext ctx = context();
    m_mode->apply(intent, ctx);
}

} // namespace app
