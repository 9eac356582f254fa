#include "ui_panels.hpp"

#include <algorithm>
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

// Where ImGui 1.86 draws the grab of an integer slider for `value` (imgui_widgets.cpp, SliderBehaviorT).
float sliderX(int value, int first, int last, float left, float right) {
    constexpr float kGrabPadding = 2.0F;
    const float track = right - left - 2 * kGrabPadding;
    const float grab = std::max(track / static_cast<float>(last - first + 1), ImGui::GetStyle().GrabMinSize);
    const float t =
        last > first ? static_cast<float>(value - first) / static_cast<float>(last - first) : 0.0F;
    return left + kGrabPadding + grab / 2 + t * (track - grab);
}

// Change years as ticks under the slider, each a button: the presenter sees where something
// happens and a tap jumps there.
void changeTicks(const Playback& playback, float left, float right, float top, UiIntent& intent) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float lastLabelEnd = -1e9F;
    for (int change : playback.changeYears()) {
        if (change < playback.firstYear() || change > playback.lastYear()) continue;
        const float x = sliderX(change, playback.firstYear(), playback.lastYear(), left, right);
        ImGui::SetCursorScreenPos(ImVec2(x - 9.0F, top));
        ImGui::PushID(change);
        if (ImGui::InvisibleButton("tick", ImVec2(18.0F, 30.0F))) intent.seekYear = change;
        ImGui::PopID();
        const bool current = change == playback.year();
        const ImU32 colour = current ? IM_COL32(255, 200, 80, 255) : IM_COL32(230, 120, 40, 255);
        draw->AddTriangleFilled(ImVec2(x, top), ImVec2(x - 6.0F, top + 10.0F), ImVec2(x + 6.0F, top + 10.0F),
                                colour);
        const std::string label = std::to_string(change);
        const float labelWidth = ImGui::CalcTextSize(label.c_str()).x;
        if (x - labelWidth / 2 > lastLabelEnd + 6.0F) { // skip labels that would collide
            draw->AddText(ImVec2(x - labelWidth / 2, top + 11.0F), IM_COL32(220, 220, 220, 255),
                          label.c_str());
            lastLabelEnd = x + labelWidth / 2;
        }
    }
}

} // namespace

void timelinePanel(const Playback& playback, float width, float height, UiIntent& intent) {
    ImGui::SetNextWindowPos(ImVec2(0, height - kTimelinePanelHeight));
    ImGui::SetNextWindowSize(ImVec2(width, kTimelinePanelHeight));
    ImGui::Begin("##timeline", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    const ImVec2 button(56, 36); // big enough for a finger as well as a mouse
    if (ImGui::Button("|<", button)) intent.stepBackward = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Föregående förändring (←)");
    ImGui::SameLine();
    if (ImGui::Button(playback.playing() ? "Paus" : "Spela", ImVec2(96, button.y))) intent.togglePlay = true;
    ImGui::SameLine();
    if (ImGui::Button(">|", button)) intent.stepForward = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Nästa förändring (→)");
    ImGui::SameLine();

    const float speedWidth = 170.0F;
    const float sliderWidth = ImGui::GetContentRegionAvail().x - speedWidth - ImGui::GetStyle().ItemSpacing.x;
    int year = playback.year();
    ImGui::SetNextItemWidth(sliderWidth);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(8, (button.y - ImGui::GetFontSize()) / 2));
    if (ImGui::SliderInt("##year", &year, playback.firstYear(), playback.lastYear(), "%d"))
        intent.seekYear = year;
    const ImVec2 sliderMin = ImGui::GetItemRectMin();
    const ImVec2 sliderMax = ImGui::GetItemRectMax();
    ImGui::SameLine();
    auto speed = static_cast<float>(playback.tempo.yearsPerSecond);
    ImGui::SetNextItemWidth(speedWidth);
    if (ImGui::SliderFloat("##speed", &speed, 0.5F, 20.0F, "%.1f år/s")) intent.speed = speed;
    ImGui::PopStyleVar();
    changeTicks(playback, sliderMin.x, sliderMax.x, sliderMax.y + 4.0F, intent);
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
