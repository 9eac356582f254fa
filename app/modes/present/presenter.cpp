#include "modes/present/presenter.hpp"

#include <algorithm>

namespace app {

std::optional<PresenterKey> presenterKeyFor(sf::Keyboard::Key key) {
    switch (key) {
    case sf::Keyboard::PageDown:
    case sf::Keyboard::Right:
    case sf::Keyboard::Space:
        return PresenterKey::Next;
    case sf::Keyboard::PageUp:
    case sf::Keyboard::Left:
        return PresenterKey::Previous;
    case sf::Keyboard::Home:
        return PresenterKey::First;
    case sf::Keyboard::End:
        return PresenterKey::Last;
    case sf::Keyboard::B:
    case sf::Keyboard::Period:
        return PresenterKey::Blank;
    case sf::Keyboard::F:
        return PresenterKey::ToggleFullscreen;
    case sf::Keyboard::R:
        return PresenterKey::ResetClock;
    case sf::Keyboard::Escape:
        return PresenterKey::Leave;
    default:
        return std::nullopt;
    }
}

Presenter::Presenter(int sceneCount, PresenterTiming timing, bool startFullscreen)
    : m_timing(timing), m_count(std::max(sceneCount, 0)), m_fullscreen(startFullscreen),
      m_sceneChanged(m_count > 0) {}

void Presenter::press(PresenterKey key) {
    const bool navigation = key == PresenterKey::Next || key == PresenterKey::Previous ||
                            key == PresenterKey::First || key == PresenterKey::Last;
    if (navigation && m_blanked) {
        m_blanked = false; // resume on the same scene; see the header
        return;
    }
    switch (key) {
    case PresenterKey::Next:
        m_clockRunning = true; // the talk starts with its first advance, even a press on the last scene
        moveTo(m_scene + 1);
        break;
    case PresenterKey::Previous:
        moveTo(m_scene - 1);
        break;
    case PresenterKey::First:
        moveTo(0);
        break;
    case PresenterKey::Last:
        moveTo(m_count - 1);
        break;
    case PresenterKey::Blank:
        m_blanked = !m_blanked;
        break;
    case PresenterKey::ToggleFullscreen:
        m_fullscreen = !m_fullscreen;
        break;
    case PresenterKey::ResetClock:
        resetClock();
        break;
    case PresenterKey::Leave:
        m_leave = true;
        m_blanked = false;
        break;
    }
}

void Presenter::goTo(int scene) {
    m_blanked = false;
    if (scene != m_scene) m_clockRunning = true;
    moveTo(scene);
}

void Presenter::setSceneCount(int sceneCount) {
    m_count = std::max(sceneCount, 0);
    m_scene = m_count == 0 ? 0 : std::min(m_scene, m_count - 1);
}

void Presenter::moveTo(int scene) {
    if (m_count == 0) return;
    const int clamped = std::clamp(scene, 0, m_count - 1);
    if (clamped == m_scene) return;
    m_scene = clamped;
    m_sceneChanged = true;
}

void Presenter::advance(double dt) {
    if (m_clockRunning && dt > 0)
        m_elapsed += dt; // a clock that jumped backwards must not make the talk shorter
}

void Presenter::pointerMoved(double now) { m_lastPointerMove = now; }

bool Presenter::controlsVisible(double now) const {
    return m_lastPointerMove && now - *m_lastPointerMove < m_timing.controlsHideSeconds;
}

std::optional<int> Presenter::nextScene() const {
    if (m_scene + 1 < m_count) return m_scene + 1;
    return std::nullopt;
}

bool Presenter::takeSceneChanged() {
    const bool changed = m_sceneChanged;
    m_sceneChanged = false;
    return changed;
}

} // namespace app
