#pragma once
// Text that wraps inside a panel. ImGui wraps plain text under PushTextWrapPos, but a bullet's text and a
// button's label stay on one line and are clipped at the panel's edge, mid-word ("Telge i Södertälje AB
// (Södertälje kommuns bol…"). These break such lines between words, measured in the current font.
#include <string>

namespace app {

/// `text` with line breaks at spaces so that no line is wider than `width` pixels in ImGui's current font.
/// A single word wider than `width` is broken between its characters, so it is shown whole over two lines.
[[nodiscard]] std::string wrapWords(const std::string& text, float width);

/// A bullet whose text wraps under itself within the panel (ImGui::BulletText never wraps).
void wrappedBullet(const std::string& text);

/// A button whose label wraps to the panel's remaining width; `id` keeps its ImGui ID apart from others
/// with the same words. True when pressed.
bool wrappedButton(const std::string& label, const std::string& id);

/// Before a button of `label` in a row of buttons: SameLine() when it fits beside the last item, so a row
/// flows onto the next line instead of running past the panel's edge. `first` = the row's first button.
void sameLineIfFits(const std::string& label, bool first);

} // namespace app
