#include "ui/ui_panels.hpp"

#include <algorithm>
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
// happens and a tap jumps there.
void changeTicks(const geodata::Playback& playback, float left, float right, float top, UiIntent& intent) {
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

// A catalogue text as an ImGui slider format: the slider prints it with printf, so a translator's
// '%' must not be read as a conversion.
std::string literalFormat(const std::string& text) {
    std::string out;
    for (const char c : text) out += c == '%' ? std::string("%%") : std::string(1, c);
    return out;
}

} // namespace

void timelinePanel(const geodata::Playback& playback, const Atlas& atlas, const Strings& text, PanelArea area,
                   UiIntent& intent) {
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
    const std::string speedLabel = literalFormat(text.format("timeline.speed", {speed}));
    if (ImGui::SliderFloat("##speed", &speed, 0.5F, 20.0F, speedLabel.c_str())) intent.speed = speed;
    ImGui::PopStyleVar();
    changeTicks(playback, sliderMin.x, sliderMax.x, sliderMax.y + 4.0F, intent);
    eventMarkers(playback, atlas, text.language(), sliderMin.x, sliderMax.x, sliderMin.y - 2.0F, intent);
    ImGui::End();
}

} // namespace app
