#pragma once
// Clicks into a running AppShell, as the window tests make them: a left mouse button event at a point,
// and where an ImGui tab was last laid out (to press it as a user would).
#include <SFML/System/Vector2.hpp>
#include <SFML/Window/Event.hpp>
#include <imgui.h>
#include <imgui_internal.h>
#include <optional>
#include <string>

namespace fixtures {

/// A left mouse button event of `type` (pressed or released) at `at`.
inline sf::Event mouse(sf::Event::EventType type, sf::Vector2f at) {
    sf::Event e{};
    e.type = type;
    e.mouseButton.button = sf::Mouse::Left;
    e.mouseButton.x = static_cast<int>(at.x);
    e.mouseButton.y = static_cast<int>(at.y);
    return e;
}

/// The centre of the tab whose ImGui name ends in "###id", as last laid out; nullopt when there is none.
inline std::optional<sf::Vector2f> tabCentre(const std::string& id) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    for (int n = 0; n < g.TabBars.GetMapSize(); ++n)
        if (ImGuiTabBar* bar = g.TabBars.TryGetMapData(n))
            for (const ImGuiTabItem& tab : bar->Tabs)
                if (std::string(bar->GetTabName(&tab)).ends_with("###" + id))
                    return sf::Vector2f(bar->BarRect.Min.x + tab.Offset + tab.Width / 2,
                                        (bar->BarRect.Min.y + bar->BarRect.Max.y) / 2);
    return std::nullopt;
}

} // namespace fixtures
