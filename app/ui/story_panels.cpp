#include "content/citation.hpp"
#include "ui/ui_panels.hpp"
#include "ui/wrapped_text.hpp"

#include <imgui.h>
#include <string>

namespace app {

namespace {
// A toggle button: highlighted while `on`. Its ImGui ID is `id`, the same in every language.
bool choice(const std::string& label, const char* id, bool on, ImVec2 size) {
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    const bool pressed = ImGui::Button(withId(label, id).c_str(), size);
    if (on) ImGui::PopStyleColor();
    return pressed;
}
} // namespace

float viewBar(const MapChoices& scene, const Strings& text, bool storyOpen, bool teachOpen, PanelArea area,
              UiIntent& intent) {
    const Language l = text.language();
    ImGui::SetNextWindowPos(ImVec2(area.width / 2, 8.0F), ImGuiCond_Always, ImVec2(0.5F, 0.0F));
    ImGui::Begin("##views", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_AlwaysAutoResize);
    const ImVec2 size(0, kViewBarBottom - 24.0F); // finger-sized: 40 px
    // The next button beside the last one when the bar then still fits the screen (`gap` apart, 8 px from
    // each edge), else on a new row: a portrait screen gets two rows instead of buttons cut off at its edge.
    // Measured from the bar's own left edge, so where the bar sits does not change where it wraps.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float widest = area.width - 16.0F - style.WindowPadding.x;
    const auto next = [&](const std::string& label, float gap) {
        const float used = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
        const float width = ImGui::CalcTextSize(label.c_str()).x + 2 * style.FramePadding.x;
        if (used + gap + width <= widest) ImGui::SameLine(0, gap);
    };
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    if (choice(text.get("view.units"), "units", scene.view == MapView::Units, size))
        intent.view = MapView::Units;
    next(text.get("view.density"), spacing);
    if (choice(text.get("view.density"), "density", scene.view == MapView::Density, size))
        intent.view = MapView::Density;
    next(text.get("view.circles"), spacing);
    if (choice(text.get("view.circles"), "circles", scene.view == MapView::Circles, size))
        intent.view = MapView::Circles;
    next(text.get("view.bodies"), 24);
    if (choice(text.get("view.bodies"), "bodies", scene.bodies, size)) intent.showBodies = !scene.bodies;
    next(text.get("view.story"), spacing);
    if (choice(text.get("view.story"), "story", storyOpen, size)) intent.showStory = !storyOpen;
    next(text.get("view.teach"), spacing);
    if (choice(text.get("view.teach"), "teach", teachOpen, size)) intent.showTeach = !teachOpen;
    next(text.get("view.present"), spacing);
    if (ImGui::Button(withId(text.get("view.present"), "present").c_str(), size))
        intent.startPresenting = true;
    next(text.get("export.open"), spacing);
    if (ImGui::Button(withId(text.get("export.open"), "export").c_str(), size)) intent.openExport = true;
    next(text.get("view.about"), spacing);
    if (ImGui::Button(withId(text.get("view.about"), "about").c_str(), size)) intent.toggleAbout = true;
    next(text.get("language.swedish"), 24);
    if (choice(text.get("language.swedish"), "swedish", l == Language::Swedish, size))
        intent.language = Language::Swedish;
    next(text.get("language.english"), spacing);
    if (choice(text.get("language.english"), "english", l == Language::English, size))
        intent.language = Language::English;
    const float bottom = ImGui::GetWindowPos().y + ImGui::GetWindowSize().y;
    ImGui::End();
    return bottom;
}

void storyPanel(const Atlas& atlas, const std::optional<std::string>& openEvent, const Strings& text,
                PanelArea area, UiIntent& intent) {
    const Language language = text.language();
    bool open = true;
    ImGui::SetNextWindowPos(ImVec2(20.0F, 250.0F), ImGuiCond_Appearing);
    ImGui::SetNextWindowSize(ImVec2(460.0F, area.height - 380.0F), ImGuiCond_Appearing);
    const std::string title = withId(text.get("story.panel_title"), "story");
    if (ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::PushTextWrapPos(0);
        if (ImGui::CollapsingHeader(text.get("story.milestones").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
            for (const geodata::Event& e : atlas.timeline.events) {
                if (geodata::changesBoundaries(e.type)) continue;
                const std::string label = e.date.toString() + "  " + pick(e.title, language) + "##" + e.id;
                if (openEvent && *openEvent == e.id) ImGui::SetNextItemOpen(true);
                if (ImGui::TreeNode(label.c_str())) {
                    ImGui::TextUnformatted(pick(e.text, language).c_str());
                    ImGui::TextDisabled(
                        "%s",
                        text.format("common.source", {shortCitation(e.source, atlas.sources, text)}).c_str());
                    if (ImGui::SmallButton(text.get("story.show_on_map").c_str()))
                        intent.seekYear = e.date.year;
                    ImGui::TreePop();
                }
            }
        }
        if (ImGui::CollapsingHeader(text.get("story.networks").c_str())) {
            for (const geodata::Network& n : atlas.timeline.networks) {
                if (ImGui::TreeNode((pick(n.title, language) + "##" + n.id).c_str())) {
                    if (!pick(n.text, language).empty())
                        ImGui::TextUnformatted(pick(n.text, language).c_str());
                    for (const std::string& item : n.items) wrappedBullet(item);
                    ImGui::TextDisabled(
                        "%s",
                        text.format("common.source", {shortCitation(n.source, atlas.sources, text)}).c_str());
                    ImGui::TreePop();
                }
            }
        }
        ImGui::PopTextWrapPos();
    }
    ImGui::End();
    if (!open) intent.showStory = false;
}

// The most of the window's height the problems panel may take; the rest of the map stays in view.
constexpr float kProblemsMaxShare = 0.3F;

void problemsPanel(const std::vector<std::string>& problems, const Strings& text, PanelArea area) {
    if (problems.empty()) return;
    ImGui::SetNextWindowPos(ImVec2(area.width / 2, area.height - kTimelinePanelHeight - 10.0F),
                            ImGuiCond_Appearing, ImVec2(0.5F, 1.0F));
    ImGui::SetNextWindowSize(ImVec2(std::min(area.width - 40.0F, 900.0F), 0), ImGuiCond_Appearing);
    // However many problems there are, the panel keeps to the lower part of the screen and scrolls: a
    // file with thousands of bad rows made it as tall as the window, covering the map it reports on.
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(area.width, area.height * kProblemsMaxShare));
    ImGui::PushStyleColor(ImGuiCol_TitleBg, ImVec4(0.55F, 0.15F, 0.1F, 1.0F));
    ImGui::PushStyleColor(ImGuiCol_TitleBgActive, ImVec4(0.7F, 0.2F, 0.1F, 1.0F));
    const std::string title = withId(text.get("problems.title"), "problems");
    if (ImGui::Begin(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::TextWrapped("%s", text.get("problems.intro").c_str());
        for (const std::string& p : problems) wrappedBullet(p);
    }
    ImGui::End();
    ImGui::PopStyleColor(2);
}

} // namespace app
