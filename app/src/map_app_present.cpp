// Presenter mode of MapApp: story scenes by clicker, blank screen, controls after the mouse moves.
#include "map_app.hpp"

#include <imgui.h>

namespace app {

namespace {
constexpr double kSceneGlideSeconds = 1.2;
} // namespace

void MapApp::enterPresent() {
    m_mode = AppMode::Present;
    m_presenter =
        std::make_unique<Presenter>(static_cast<int>(m_story.scenes.size()), PresenterTiming{}, true);
    m_scene->frame.selectedUnit.reset();
    m_storyOpen = false;
    applyTextScale();
    if (m_story.scenes.empty()) addProblem(m_strings.get("present.no_story"));
}

void MapApp::leavePresent() {
    m_mode = AppMode::Explore;
    clearSceneLook();
    m_playback->setPlaying(false);
    applyTextScale();
}

void MapApp::clearSceneLook() {
    m_scene->highlightUnits.clear();
    m_scene->captionText.reset();
    m_scene->selectedBody.reset();
}

bool MapApp::handlePresentEvent(const sf::Event& event) {
    if (event.type == sf::Event::MouseMoved) m_presenter->pointerMoved(m_clock);
    if (event.type == sf::Event::KeyPressed) {
        // The clicker's keys work whatever has focus, even a panel with a text field.
        if (const auto key = presenterKeyFor(event.key.code)) {
            m_presenter->press(*key);
            return true;
        }
    }
    return false;
}

void MapApp::handleSpeakerKey(sf::Keyboard::Key key) {
    if (m_mode != AppMode::Present) return;
    if (const auto presenterKey = presenterKeyFor(key)) m_presenter->press(*presenterKey);
}

void MapApp::updatePresent(double dt) {
    Presenter& presenter = *m_presenter;
    presenter.advance(dt);
    if (presenter.leaveRequested()) {
        leavePresent();
        return;
    }
    if (presenter.takeSceneChanged()) showScene(static_cast<size_t>(presenter.scene()), true);
    m_player->advance(dt, *m_playback);
}

// Applies a scene: its years play, the camera glides to its view, its units and body stand out.
void MapApp::showScene(size_t index, bool glide) {
    if (m_player->empty()) return;
    m_player->start(index, *m_playback);
    const Scene& scene = m_player->current();
    clearSceneLook();
    m_scene->highlightUnits.insert(scene.highlightUnits.begin(), scene.highlightUnits.end());
    if (!scene.highlightBodies.empty()) m_scene->selectedBody = scene.highlightBodies.front();
    showSceneCaption();
    const render::Camera target = m_scene->cameraFor(sceneView(scene, m_atlas->dataset), sizeF());
    m_glide.start(m_scene->frame.camera, target, glide ? kSceneGlideSeconds : 0.0);
}

// The scene's caption in the language chosen now (again after a language switch).
void MapApp::showSceneCaption() {
    if (m_player->empty()) return;
    const Scene& scene = m_player->current();
    const std::string years = scene.singleYear()
                                  ? std::to_string(scene.fromYear)
                                  : std::to_string(scene.fromYear) + "–" + std::to_string(scene.toYear);
    m_scene->captionText = render::Caption{years, pick(scene.caption, m_strings.language()), ""};
}

// The presenter's own small bar, only while the mouse has moved lately.
void MapApp::presentPanel(UiIntent& intent) {
    (void)intent;
    Presenter& presenter = *m_presenter;
    if (!presenter.controlsVisible(m_clock)) return;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    // Top centre: the caption has the bottom, and the year card the top left.
    ImGui::SetNextWindowPos(ImVec2(display.x / 2, 16.0F), ImGuiCond_Always, ImVec2(0.5F, 0.0F));
    ImGui::Begin("##present", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_AlwaysAutoResize);
    const float h = ImGui::GetFontSize() * 2.2F;
    ImGui::BeginDisabled(presenter.atFirst());
    if (ImGui::Button("◀", ImVec2(h * 1.4F, h))) presenter.press(PresenterKey::Previous);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    if (presenter.sceneCount() > 0)
        ImGui::TextUnformatted(
            m_strings.format("present.scene_of", {presenter.scene() + 1, presenter.sceneCount()}).c_str());
    else
        ImGui::TextUnformatted(m_strings.get("present.no_story").c_str());
    ImGui::SameLine();
    ImGui::BeginDisabled(presenter.atLast());
    if (ImGui::Button("▶", ImVec2(h * 1.4F, h))) presenter.press(PresenterKey::Next);
    ImGui::EndDisabled();
    ImGui::SameLine(0, h * 0.6F);
    if (ImGui::Button(m_strings.get("present.blank").c_str(), ImVec2(0, h)))
        presenter.press(PresenterKey::Blank);
    ImGui::SameLine();
    if (ImGui::Button(m_strings.get("present.leave").c_str(), ImVec2(0, h)))
        presenter.press(PresenterKey::Leave);
    ImGui::TextDisabled("%s", m_strings.get("present.keys_help").c_str());
    ImGui::End();
}

SpeakerInfo MapApp::speakerInfo() const {
    SpeakerInfo info;
    info.year = m_playback->year();
    info.elapsedSeconds = m_presenter->elapsedSeconds();
    info.blanked = m_presenter->blanked();
    info.sceneCount = m_presenter->sceneCount();
    info.scene = m_presenter->scene();
    if (m_story.scenes.empty()) return info;
    const Language language = m_strings.language();
    const Scene& scene = m_story.scenes[static_cast<size_t>(info.scene)];
    info.caption = pick(scene.caption, language);
    info.notes = scene.notes;
    if (const auto next = m_presenter->nextScene())
        info.nextCaption = pick(m_story.scenes[static_cast<size_t>(*next)].caption, language);
    return info;
}

} // namespace app
