#include "ui_panels.hpp"

#include <imgui.h>
#include <string>

namespace app {

namespace {
// A toggle button: highlighted while `on`.
bool choice(const char* label, bool on, ImVec2 size) {
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    const bool pressed = ImGui::Button(label, size);
    if (on) ImGui::PopStyleColor();
    return pressed;
}
} // namespace

void viewBar(const MapScene& scene, bool storyOpen, bool teachOpen, PanelArea area, UiIntent& intent) {
    const Language l = scene.language;
    ImGui::SetNextWindowPos(ImVec2(area.width / 2, 8.0F), ImGuiCond_Always, ImVec2(0.5F, 0.0F));
    ImGui::Begin("##views", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_AlwaysAutoResize);
    const ImVec2 size(0, 40); // finger-sized
    if (choice(tr(l, "Kommuner", "Municipalities"), scene.view == MapView::Units, size))
        intent.view = MapView::Units;
    ImGui::SameLine();
    if (choice(tr(l, "Täthet", "Density"), scene.view == MapView::Density, size))
        intent.view = MapView::Density;
    ImGui::SameLine();
    if (choice(tr(l, "Befolkning", "Population"), scene.view == MapView::Circles, size))
        intent.view = MapView::Circles;
    ImGui::SameLine(0, 24);
    if (choice(tr(l, "Samarbeten", "Joint bodies"), scene.bodies, size)) intent.showBodies = !scene.bodies;
    ImGui::SameLine();
    if (choice(tr(l, "Berättelsen", "The story"), storyOpen, size)) intent.showStory = !storyOpen;
    ImGui::SameLine();
    if (choice(tr(l, "Undervisning", "Teaching"), teachOpen, size)) intent.showTeach = !teachOpen;
    ImGui::SameLine(0, 24);
    if (choice("Svenska", l == Language::Swedish, size)) intent.language = Language::Swedish;
    ImGui::SameLine();
    if (choice("English", l == Language::English, size)) intent.language = Language::English;
    ImGui::End();
}

void storyPanel(const Atlas& atlas, const std::optional<std::string>& openEvent, Language language,
                PanelArea area, UiIntent& intent) {
    bool open = true;
    ImGui::SetNextWindowPos(ImVec2(20.0F, 250.0F), ImGuiCond_Appearing);
    ImGui::SetNextWindowSize(ImVec2(460.0F, area.height - 380.0F), ImGuiCond_Appearing);
    if (ImGui::Begin(tr(language, "Södertörns samarbete###story", "Cooperation on Södertörn###story"), &open,
                     ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::PushTextWrapPos(0);
        if (ImGui::CollapsingHeader(tr(language, "Milstolpar", "Milestones"),
                                    ImGuiTreeNodeFlags_DefaultOpen)) {
            for (const geodata::Event& e : atlas.timeline.events) {
                if (geodata::changesBoundaries(e.type)) continue;
                const std::string label = e.date.toString() + "  " + pick(e.title, language) + "##" + e.id;
                if (openEvent && *openEvent == e.id) ImGui::SetNextItemOpen(true);
                if (ImGui::TreeNode(label.c_str())) {
                    ImGui::TextUnformatted(pick(e.text, language).c_str());
                    ImGui::TextDisabled("%s %s", tr(language, "Källa:", "Source:"), e.source.c_str());
                    if (ImGui::SmallButton(tr(language, "Visa på kartan", "Show on the map")))
                        intent.seekYear = e.date.year;
                    ImGui::TreePop();
                }
            }
        }
        if (ImGui::CollapsingHeader(tr(language, "Nätverk", "Networks"))) {
            for (const geodata::Network& n : atlas.timeline.networks) {
                if (ImGui::TreeNode((pick(n.title, language) + "##" + n.id).c_str())) {
                    if (!pick(n.text, language).empty())
                        ImGui::TextUnformatted(pick(n.text, language).c_str());
                    for (const std::string& item : n.items) ImGui::BulletText("%s", item.c_str());
                    ImGui::TextDisabled("%s %s", tr(language, "Källa:", "Source:"), n.source.c_str());
                    ImGui::TreePop();
                }
            }
        }
        ImGui::PopTextWrapPos();
    }
    ImGui::End();
    if (!open) intent.showStory = false;
}

void problemsPanel(const std::vector<std::string>& problems, Language language, PanelArea area) {
    if (problems.empty()) return;
    ImGui::SetNextWindowPos(ImVec2(area.width / 2, area.height - kTimelinePanelHeight - 10.0F),
                            ImGuiCond_Appearing, ImVec2(0.5F, 1.0F));
    ImGui::SetNextWindowSize(ImVec2(std::min(area.width - 40.0F, 900.0F), 0), ImGuiCond_Appearing);
    ImGui::PushStyleColor(ImGuiCol_TitleBg, ImVec4(0.55F, 0.15F, 0.1F, 1.0F));
    ImGui::PushStyleColor(ImGuiCol_TitleBgActive, ImVec4(0.7F, 0.2F, 0.1F, 1.0F));
    if (ImGui::Begin(
            tr(language, "Fel i berättelsens filer###problems", "Problems in the story files###problems"),
            nullptr, ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::TextWrapped(
            "%s",
            tr(language, "Kartan visas, men dessa delar av tidslinjen eller befolkningen kunde inte läsas:",
               "The map is shown, but these parts of the timeline or population could not be read:"));
        for (const std::string& p : problems) ImGui::BulletText("%s", p.c_str());
    }
    ImGui::End();
    ImGui::PopStyleColor(2);
}

} // namespace app
