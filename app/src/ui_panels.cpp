#include "ui_panels.hpp"

#include <imgui.h>
#include <string>

namespace app {

namespace {

std::string yearsText(const geodata::UnitVersion& u) {
    return std::to_string(u.fromYear) + "–" +
           (u.toYear == geodata::kOpenEndYear ? "" : std::to_string(u.toYear));
}

// One clickable line per linked version; a click selects it and shows a year it exists in.
void lineageList(const geodata::Dataset& dataset, const std::vector<geodata::LineageLink>& links,
                 bool earlier, UiIntent& intent) {
    if (links.empty()) {
        ImGui::TextDisabled("–");
        return;
    }
    for (const geodata::LineageLink& link : links) {
        const geodata::UnitVersion& other = dataset.units[static_cast<size_t>(earlier ? link.from : link.to)];
        const std::string label =
            other.fullName() + " (" + yearsText(other) + ")##" + std::to_string(other.id);
        if (ImGui::Button(label.c_str())) {
            intent.selectUnit = other.id;
            intent.seekYear = earlier ? other.toYear : other.fromYear;
        }
    }
}

} // namespace

void timelinePanel(const Playback& playback, float width, float height, UiIntent& intent) {
    const float panelHeight = 86.0F;
    ImGui::SetNextWindowPos(ImVec2(0, height - panelHeight));
    ImGui::SetNextWindowSize(ImVec2(width, panelHeight));
    ImGui::Begin("##timeline", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    if (ImGui::Button("|<")) intent.stepBackward = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Föregående förändring (←)");
    ImGui::SameLine();
    if (ImGui::Button(playback.playing() ? "Paus" : "Spela", ImVec2(80, 0))) intent.togglePlay = true;
    ImGui::SameLine();
    if (ImGui::Button(">|")) intent.stepForward = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Nästa förändring (→)");
    ImGui::SameLine();
    int year = playback.year();
    ImGui::SetNextItemWidth(width - 420.0F);
    if (ImGui::SliderInt("##year", &year, playback.firstYear(), playback.lastYear(), "%d"))
        intent.seekYear = year;
    ImGui::SameLine();
    auto speed = static_cast<float>(playback.yearsPerSecond);
    ImGui::SetNextItemWidth(150.0F);
    if (ImGui::SliderFloat("år/s", &speed, 0.5F, 20.0F, "%.1f år/s")) intent.speed = speed;

    // Change years as ticks under the slider: the presenter sees where something happens.
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float left = origin.x + 160.0F;
    const float span = width - 420.0F;
    const float range = static_cast<float>(std::max(1, playback.lastYear() - playback.firstYear()));
    for (int change : playback.changeYears()) {
        if (change < playback.firstYear() || change > playback.lastYear()) continue;
        const float x = left + span * static_cast<float>(change - playback.firstYear()) / range;
        draw->AddLine(ImVec2(x, origin.y), ImVec2(x, origin.y + 10.0F), IM_COL32(230, 120, 40, 255), 2.0F);
    }
    ImGui::Dummy(ImVec2(0, 12));
    ImGui::End();
}

void unitInfoPanel(const geodata::Dataset& dataset, int unitId, float width, float height, UiIntent& intent) {
    const geodata::UnitVersion& u = dataset.units[static_cast<size_t>(unitId)];
    const float panelWidth = 380.0F;
    ImGui::SetNextWindowPos(ImVec2(width - panelWidth - 10.0F, 10.0F));
    ImGui::SetNextWindowSize(ImVec2(panelWidth, 0));
    ImGui::SetNextWindowSizeConstraints(ImVec2(panelWidth, 0), ImVec2(panelWidth, height - 120.0F));
    bool open = true;
    ImGui::Begin((u.fullName() + "###unitinfo").c_str(), &open,
                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse);
    ImGui::TextWrapped("%s", u.fullName().c_str());
    ImGui::Separator();
    ImGui::Text("Giltig: %s", yearsText(u).c_str());
    ImGui::Text("Yta: %.1f km²", u.areaM2 / 1e6);
    ImGui::Text("Kod: %s", u.code.c_str());
    ImGui::Spacing();
    ImGui::TextUnformatted("Kom från:");
    ImGui::Indent();
    lineageList(dataset, dataset.lineage.cameFrom(u.id), true, intent);
    ImGui::Unindent();
    ImGui::TextUnformatted("Blev:");
    ImGui::Indent();
    lineageList(dataset, dataset.lineage.wentTo(u.id), false, intent);
    ImGui::Unindent();
    ImGui::End();
    if (!open) intent.clearSelection = true;
}

} // namespace app
