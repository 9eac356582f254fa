#include "ui/wrapped_text.hpp"

#include <imgui.h>
#include <vector>

namespace app {

namespace {

float widthOf(const std::string& text) { return ImGui::CalcTextSize(text.c_str()).x; }

// The length of the UTF-8 character starting at `lead` (1 for a broken byte, so the loop always moves on).
size_t charLength(unsigned char lead) {
    if (lead >= 0xF0) return 4;
    if (lead >= 0xE0) return 3;
    if (lead >= 0xC0) return 2;
    return 1;
}

// A word wider than the line, cut into pieces that fit, between whole characters.
std::vector<std::string> splitLongWord(const std::string& word, float width) {
    std::vector<std::string> pieces{""};
    for (size_t i = 0; i < word.size();) {
        const std::string character = word.substr(i, charLength(static_cast<unsigned char>(word[i])));
        i += character.size();
        if (!pieces.back().empty() && widthOf(pieces.back() + character) > width) pieces.emplace_back();
        pieces.back() += character;
    }
    return pieces;
}

} // namespace

std::string wrapWords(const std::string& text, float width) {
    std::string out;
    std::string line;
    const auto addWord = [&](const std::string& word) {
        if (line.empty() || widthOf(line + " " + word) <= width) {
            line += (line.empty() ? "" : " ") + word;
            return;
        }
        out += line + "\n";
        line = word;
    };
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(start, end - start);
        start = end + 1;
        if (word.empty()) continue;
        if (widthOf(word) <= width) {
            addWord(word);
            continue;
        }
        for (const std::string& piece : splitLongWord(word, width)) { // each on a line of its own
            if (!line.empty()) out += line + "\n";
            line = piece;
        }
    }
    return out + line;
}

void wrappedBullet(const std::string& text) {
    ImGui::Bullet();
    ImGui::SameLine();
    // Wrapped lines start under the first, beside the bullet: ImGui wraps from the cursor's x.
    ImGui::PushTextWrapPos(0.0F);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
}

bool wrappedButton(const std::string& label, const std::string& id) {
    const float room = ImGui::GetContentRegionAvail().x - 2 * ImGui::GetStyle().FramePadding.x;
    return ImGui::Button((wrapWords(label, room) + "##" + id).c_str());
}

void sameLineIfFits(const std::string& label, bool first) {
    if (first) return;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = widthOf(label) + 2 * style.FramePadding.x;
    const float right = ImGui::GetWindowContentRegionMax().x + ImGui::GetWindowPos().x;
    if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + width <= right) ImGui::SameLine();
}

} // namespace app
