#include "ui/overlays.hpp"

#include <imgui.h>
#include <imgui_internal.h>

namespace app {

void addOverlay(Overlays& overlays, std::string name, sf::FloatRect box) {
    if (box.width <= 0 || box.height <= 0) return;
    overlays.push_back({std::move(name), box});
}

void addSceneOverlays(Overlays& overlays, const render::SceneLayout& layout) {
    addOverlay(overlays, "card", layout.card);
    addOverlay(overlays, "legend", layout.legend);
    addOverlay(overlays, "caption", layout.caption);
    addOverlay(overlays, "attribution", layout.attribution);
    for (const render::BodyBadge& badge : layout.badges)
        addOverlay(overlays, "badge:" + badge.id, badge.rect);
}

void addImGuiWindows(Overlays& overlays) {
    const ImGuiContext* context = ImGui::GetCurrentContext();
    if (!context) return;
    for (const ImGuiWindow* window : context->Windows) {
        // Shown this frame, a top-level window (child windows lie inside their parent), not the fallback
        // "Debug" window ImGui keeps for stray widgets. A window ImGui hides while it measures its content
        // (its first frame) draws nothing.
        if (!window->Active || window->Hidden || (window->Flags & ImGuiWindowFlags_ChildWindow)) continue;
        if (window->IsFallbackWindow) continue;
        addOverlay(overlays, std::string("panel:") + window->Name,
                   {window->Pos.x, window->Pos.y, window->Size.x, window->Size.y});
    }
}

} // namespace app
