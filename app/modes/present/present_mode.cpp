#include "modes/present/present_mode.hpp"

#include "direction/stage_text.hpp"
#include "ui/ui_panels.hpp"

#include <imgui.h>

namespace app {

PresentMode::PresentMode(ModeContext& ctx)
    : m_presenter(static_cast<int>(ctx.story.scenes.size()), PresenterTiming{}, true),
      m_director(std::make_unique<SceneDirector>(ctx.story, ctx.atlas.dataset)) {}

void PresentMode::enter(ModeContext& ctx) {
    ctx.choices.selectedUnit.reset();
    if (ctx.story.scenes.empty()) ctx.shell.addProblem(ctx.strings.get("present.no_story"));
}

// A reload: the talk stays on its scene, which is shown again on the new data.
void PresentMode::dataChanged(ModeContext& ctx) {
    m_presenter.setSceneCount(static_cast<int>(ctx.story.scenes.size()));
    m_director = std::make_unique<SceneDirector>(ctx.story, ctx.atlas.dataset);
    showScene(ctx, false);
}

bool PresentMode::handle(const sf::Event& event, ModeContext& ctx) {
    if (event.type == sf::Event::MouseMoved) m_presenter.pointerMoved(ctx.clock);
    if (event.type == sf::Event::KeyPressed) {
        // The clicker's keys work whatever has focus, even a panel with a text field.
        if (const auto key = presenterKeyFor(event.key.code)) {
            m_presenter.press(*key);
            return true;
        }
        if (event.key.code == sf::Keyboard::A) { // the sources, for a question from the audience
            m_aboutOpen = !m_aboutOpen;
            return true;
        }
    }
    return false;
}

void PresentMode::speakerKey(sf::Keyboard::Key key) {
    if (const auto presenterKey = presenterKeyFor(key)) m_presenter.press(*presenterKey);
}

void PresentMode::update(double dt, ModeContext& ctx) {
    m_presenter.advance(dt);
    if (m_presenter.leaveRequested()) {
        m_director->clear(ctx.choices);
        ctx.playback.setPlaying(false);
        ctx.shell.switchTo(AppMode::Explore);
        return;
    }
    if (m_presenter.takeSceneChanged()) showScene(ctx, true);
    m_director->advance(dt, ctx.playback);
}

void PresentMode::showScene(ModeContext& ctx, bool glide) {
    Stage stage = stageOf(ctx);
    m_director->show(static_cast<size_t>(m_presenter.scene()), glide, stage);
}

ModeFrame PresentMode::frame(const ModeContext& ctx) const {
    ModeFrame frame;
    frame.blank = m_presenter.blanked();
    m_director->look(frame, ctx.strings.language());
    return frame;
}

FrameLook PresentMode::look(const ModeContext& ctx) const {
    // The controls hide and the caption has its own room: nothing covers the bottom.
    const float base = ctx.options.config.empty() ? kProjectorTextScale : ctx.config.textScale;
    return {projectorTextScale(base, ctx.size.x, ctx.size.y), 0.0F, 0.0F, {}};
}

float PresentMode::panelFontPixels(const ModeContext& ctx) const { return 18.0F * look(ctx).textScale; }

void PresentMode::apply(const UiIntent& intent, ModeContext& /*ctx*/) {
    if (intent.toggleAbout) m_aboutOpen = !m_aboutOpen;
}

// The presenter's own small bar, only while the mouse has moved lately; "Om kartan" while asked for.
void PresentMode::panels(ModeContext& ctx, UiIntent& intent) {
    Presenter& presenter = m_presenter;
    if (m_aboutOpen) aboutPanel(ctx.atlas, ctx.strings, {ctx.sizeF().x, ctx.sizeF().y}, intent);
    if (!presenter.controlsVisible(ctx.clock)) return;
    const Strings& strings = ctx.strings;
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
            strings.format("present.scene_of", {presenter.scene() + 1, presenter.sceneCount()}).c_str());
    else
        ImGui::TextUnformatted(strings.get("present.no_story").c_str());
    ImGui::SameLine();
    ImGui::BeginDisabled(presenter.atLast());
    if (ImGui::Button("▶", ImVec2(h * 1.4F, h))) presenter.press(PresenterKey::Next);
    ImGui::EndDisabled();
    ImGui::SameLine(0, h * 0.6F);
    if (ImGui::Button(strings.get("present.blank").c_str(), ImVec2(0, h)))
        presenter.press(PresenterKey::Blank);
    ImGui::SameLine();
    if (ImGui::Button(strings.get("present.leave").c_str(), ImVec2(0, h)))
        presenter.press(PresenterKey::Leave);
    ImGui::SameLine();
    if (ImGui::Button(withId(strings.get("view.about"), "about").c_str(), ImVec2(0, h)))
        intent.toggleAbout = true;
    ImGui::TextDisabled("%s", strings.get("present.keys_help").c_str());
    ImGui::End();
}

SpeakerInfo PresentMode::speakerInfo(const ModeContext& ctx) const {
    SpeakerInfo info;
    info.year = ctx.playback.year();
    info.elapsedSeconds = m_presenter.elapsedSeconds();
    info.blanked = m_presenter.blanked();
    info.sceneCount = m_presenter.sceneCount();
    info.scene = m_presenter.scene();
    const Story& story = ctx.story;
    if (story.scenes.empty()) return info;
    const Language language = ctx.strings.language();
    const Scene& scene = story.scenes[static_cast<size_t>(info.scene)];
    info.caption = pick(scene.caption, language);
    info.notes = pick(scene.notes, language);
    if (const auto next = m_presenter.nextScene())
        info.nextCaption = pick(story.scenes[static_cast<size_t>(*next)].caption, language);
    return info;
}

} // namespace app
