#include "export/export_dialog.hpp"

#include <algorithm>
#include <filesystem>
#include <imgui.h>

namespace app {

const std::array<Size, 3>& exportSizes() {
    static const std::array<Size, 3> sizes{Size{1920, 1080}, Size{1280, 720}, Size{960, 540}};
    return sizes;
}

namespace {

// The file name with the extension of the chosen kind, so a user switching kinds never writes a PNG
// named .mp4.
void matchExtension(ExportDialogState& state) {
    std::filesystem::path path(state.file.data());
    if (path.empty()) path = "tidsatlas";
    path.replace_extension(state.kind == ExportKind::Mp4   ? ".mp4"
                           : state.kind == ExportKind::Gif ? ".gif"
                                                           : ".png");
    const std::string text = path.string();
    std::fill(state.file.begin(), state.file.end(), '\0');
    std::copy_n(text.begin(), std::min(text.size(), state.file.size() - 1), state.file.begin());
}

void progress(const VideoExporter& running, const Strings& text, ExportAction& action) {
    const int total = std::max(1, running.totalFrames());
    const float share = static_cast<float>(running.framesDone()) / static_cast<float>(total);
    const std::string label = text.format("export.progress", {running.framesDone(), total});
    ImGui::TextUnformatted(running.request().file.c_str());
    ImGui::ProgressBar(std::min(share, 1.0F), ImVec2(-1, 0), label.c_str());
    if (ImGui::Button(text.get("common.cancel").c_str(), ImVec2(-1, 0))) action.cancel = true;
}

} // namespace

ExportAction exportDialog(ExportDialogState& state, const VideoExporter* running, int firstYear, int lastYear,
                          int yearShowing, const Strings& text) {
    ExportAction action;
    if (!state.open) return action;
    if (state.file[0] == '\0') matchExtension(state);
    if (state.fromYear == 0) state.fromYear = firstYear;
    if (state.toYear == 0) state.toYear = lastYear;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x / 2, display.y / 2), ImGuiCond_Appearing, ImVec2(0.5F, 0.5F));
    // As tall as its content at every frame: a message that appears below the button (why an export
    // failed) was hidden below the window's first height, behind a scroll bar.
    ImGui::SetNextWindowSizeConstraints(ImVec2(460, 0), ImVec2(460, display.y));
    const std::string title = text.get("export.title") + "###export";
    if (!ImGui::Begin(title.c_str(), &state.open,
                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse |
                          ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::End();
        return action;
    }
    if (running) {
        progress(*running, text, action);
        ImGui::End();
        return action;
    }
    int kind = static_cast<int>(state.kind);
    bool kindChanged = ImGui::RadioButton(text.get("export.kind_mp4").c_str(), &kind, 0);
    ImGui::SameLine();
    kindChanged |= ImGui::RadioButton(text.get("export.kind_gif").c_str(), &kind, 1);
    ImGui::SameLine();
    kindChanged |= ImGui::RadioButton(text.get("export.kind_png").c_str(), &kind, 2);
    if (kindChanged) {
        state.kind = static_cast<ExportKind>(kind);
        matchExtension(state);
    }
    ImGui::InputText(text.get("export.file").c_str(), state.file.data(), state.file.size());
    const bool png = state.kind == ExportKind::Png;
    if (png) {
        ImGui::TextUnformatted(text.format("export.png_year", {yearShowing}).c_str());
    } else {
        ImGui::Checkbox(text.get("export.story").c_str(), &state.story);
        ImGui::BeginDisabled(state.story);
        ImGui::DragIntRange2(text.get("export.years").c_str(), &state.fromYear, &state.toYear, 0.2F,
                             firstYear, lastYear, "%d", "%d", ImGuiSliderFlags_AlwaysClamp);
        ImGui::EndDisabled();
        ImGui::SliderInt(text.get("export.fps").c_str(), &state.fps, 5, 60);
    }
    const auto sizeName = [](const Size& s) {
        return std::to_string(s.width) + "×" + std::to_string(s.height);
    };
    if (ImGui::BeginCombo(text.get("export.size").c_str(),
                          sizeName(exportSizes()[static_cast<size_t>(state.sizeIndex)]).c_str())) {
        for (size_t i = 0; i < exportSizes().size(); ++i)
            if (ImGui::Selectable(sizeName(exportSizes()[i]).c_str(), static_cast<int>(i) == state.sizeIndex))
                state.sizeIndex = static_cast<int>(i);
        ImGui::EndCombo();
    }
    const bool validRange = state.story || state.fromYear < state.toYear;
    ImGui::BeginDisabled(state.file[0] == '\0' || (!png && !validRange));
    if (ImGui::Button(text.get("export.start").c_str(), ImVec2(-1, 0))) {
        state.message.clear();
        if (png) {
            action.savePng = std::string(state.file.data());
        } else {
            VideoRequest request;
            request.file = state.file.data();
            request.fromYear = state.fromYear;
            request.toYear = state.toYear;
            request.fps = state.fps;
            request.size = exportSizes()[static_cast<size_t>(state.sizeIndex)];
            request.story = state.story;
            action.startVideo = request;
        }
    }
    ImGui::EndDisabled();
    if (!state.message.empty()) {
        ImGui::PushTextWrapPos(0);
        if (state.messageIsError)
            ImGui::TextColored(ImVec4(1.0F, 0.55F, 0.45F, 1.0F), "%s", state.message.c_str());
        else
            ImGui::TextUnformatted(state.message.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::End();
    return action;
}

} // namespace app
