#include "ui/tick_labels.hpp"
#include "ui/ui_panels.hpp"

#include <algorithm>
#include <cstdlib>
#include <imgui.h>
#include <string>

namespace app {

namespace {

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
// happens and a tap jumps there. Years are written where they fit, the great reforms first.
// `labelsRight`: where the speed's label begins.
void changeTicks(const geodata::Playback& playback, const geodata::Dataset& dataset, float left, float right,
                 float top, float labelsRight, UiIntent& intent, TimelineLayout& layout) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    std::vector<TickLabel> ticks;
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
        const long importance = std::labs(static_cast<long>(dataset.unitsValidIn(change).size()) -
                                          static_cast<long>(dataset.unitsValidIn(change - 1).size()));
        ticks.push_back({change, x, ImGui::CalcTextSize(std::to_string(change).c_str()).x, importance});
        layout.ticks.emplace_back(change, x);
    }
    // The labels may reach a little past the slider's ends, not past the panel's or into the speed's.
    constexpr float kGap = 6.0F;
    const std::vector<bool> written = chooseTickLabels(
        ticks, kGap, ImGui::GetWindowPos().x + ImGui::GetStyle().WindowPadding.x, labelsRight - kGap);
    const float height = ImGui::GetFontSize();
    for (size_t i = 0; i < ticks.size(); ++i) {
        if (!written[i]) continue;
        const TickLabel& t = ticks[i];
        const ImVec2 at(t.centre - t.width / 2, top + 11.0F);
        draw->AddText(at, IM_COL32(220, 220, 220, 255), std::to_string(t.year).c_str());
        layout.tickLabels.emplace_back(t.year, sf::FloatRect(at.x, at.y, t.width, height));
    }
}

// Milestones and joint bodies as dots along the top of the slider: a tap opens the event.
void eventMarkers(const geodata::Playback& playback, const Atlas& atlas, Language language, float left,
                  float right, float y, UiIntent& intent) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (const geodata::Event& event : atlas.timeline.events) {
        if (geodata::changesBoundaries(event.type)) continue; // those are the change ticks
        const int year = event.date.year;
        if (year < playback.firstYear() || year > playback.lastYear()) continue;
        const float x = sliderX(year, playback.firstYear(), playback.lastYear(), left, right);
        ImGui::SetCursorScreenPos(ImVec2(x - 8.0F, y - 8.0F));
        ImGui::PushID(event.id.c_str());
        if (ImGui::InvisibleButton("event", ImVec2(16.0F, 16.0F))) {
            intent.seekYear = year;
            intent.openEvent = event.id;
            intent.showStory = true;
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%d: %s", year, pick(event.title, language).c_str());
        ImGui::PopID();
        const bool body =
            event.type == geodata::EventType::BodyFounded || event.type == geodata::EventType::BodyChanged;
        draw->AddCircleFilled(ImVec2(x, y), 5.0F,
                              body ? IM_COL32(86, 180, 233, 255) : IM_COL32(240, 228, 66, 255));
    }
}

} // namespace

TimelineLayout timelinePanel(const geodata::Playback& playback, const Atlas& atlas, const Strings& text,
                             PanelArea area, UiIntent& intent) {
    TimelineLayout layout;
    const float width = area.width;
    const float height = area.height;
    ImGui::SetNextWindowPos(ImVec2(0, height - kTimelinePanelHeight));
    ImGui::SetNextWindowSize(ImVec2(width, kTimelinePanelHeight));
    ImGui::Begin("##timeline", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    const ImVec2 button(56, 36); // big enough for a finger as well as a mouse
    if (ImGui::Button("|<", button)) intent.stepBackward = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.get("timeline.previous_change").c_str());
    ImGui::SameLine();
    const std::string play =
        withId(playback.playing() ? text.get("timeline.pause") : text.get("timeline.play"), "play");
    if (ImGui::Button(play.c_str(), ImVec2(96, button.y))) intent.togglePlay = true;
    ImGui::SameLine();
    if (ImGui::Button(">|", button)) intent.stepForward = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.get("timeline.next_change").c_str());
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
    // The speed is written under its slider, not inside it: centred in the frame it sat under the handle.
    if (ImGui::SliderFloat("##speed", &speed, 0.5F, 20.0F, "")) intent.speed = speed;
    const ImVec2 speedMin = ImGui::GetItemRectMin();
    const ImVec2 speedMax = ImGui::GetItemRectMax();
    ImGui::PopStyleVar();
    const std::string speedLabel = text.format("timeline.speed", {speed});
    const ImVec2 speedSize = ImGui::CalcTextSize(speedLabel.c_str());
    const ImVec2 speedAt((speedMin.x + speedMax.x - speedSize.x) / 2, speedMax.y + 4.0F + 11.0F);
    ImGui::GetWindowDrawList()->AddText(speedAt, IM_COL32(220, 220, 220, 255), speedLabel.c_str());
    layout.slider = {sliderMin.x, sliderMin.y, sliderMax.x - sliderMin.x, sliderMax.y - sliderMin.y};
    layout.speedSlider = {speedMin.x, speedMin.y, speedMax.x - speedMin.x, speedMax.y - speedMin.y};
    layout.speedLabel = {speedAt.x, speedAt.y, speedSize.x, speedSize.y};
    changeTicks(playback, atlas.dataset, sliderMin.x, sliderMax.x, sliderMax.y + 4.0F, speedAt.x, intent,
                layout);
    eventMarkers(playback, atlas, text.language(), sliderMin.x, sliderMax.x, sliderMin.y - 2.0F, intent);
    ImGui::End();
    return layout;
}

} // namespace app
