#include "modes/teach/alluvial_panel.hpp"

#include <imgui.h>
#include <map>

namespace app {

namespace {

struct Slot {
    float top = 0;
    float bottom = 0;
};

ImU32 colourOf(const render::MapRenderer& colours, const geodata::UnitVersion& u, int alpha) {
    const sf::Color c = colours.fillColour(u.code);
    return IM_COL32(c.r, c.g, c.b, alpha);
}

float ease(float t) { return t * t * (3.0F - 2.0F * t); }

} // namespace

void alluvialPanel(const FlowDiagram& d, const Atlas& atlas, const render::MapRenderer& colours,
                   const Strings& text, PanelArea area, UiIntent& intent) {
    if (d.columns.size() < 2) return;
    const float width = std::min(area.width - 560.0F, 1100.0F);
    const float height = 340.0F;
    ImGui::SetNextWindowPos(ImVec2(540.0F, area.height - kTimelinePanelHeight - 10.0F), ImGuiCond_Always,
                            ImVec2(0.0F, 1.0F));
    ImGui::SetNextWindowSize(ImVec2(width, height), ImGuiCond_Always);
    const std::string title = withId(text.get("teach.alluvial_title"), "alluvial");
    ImGui::Begin(title.c_str(), nullptr,
                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    // Bands are many thin quads side by side; antialiased edges would show as seams between them.
    const ImDrawListFlags savedFlags = draw->Flags;
    draw->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    const float barWidth = 14.0F;
    const float gap = 3.0F;
    const float labelRoom = 110.0F; // the last column's names
    const float columnStep = (avail.x - barWidth - labelRoom) / static_cast<float>(d.columns.size() - 1);
    const float top = origin.y + 20.0F;
    const float usable = avail.y - 24.0F;
    const geodata::Dataset& ds = atlas.dataset;

    // Bars: each unit as tall as its land; all columns share one scale (the largest column total).
    double maxTotal = 0;
    for (const FlowColumn& c : d.columns) {
        double total = 0;
        for (int id : c.units) total += ds.units[static_cast<size_t>(id)].areaM2;
        maxTotal = std::max(maxTotal, total);
    }
    std::vector<std::map<int, Slot>> slots(d.columns.size());
    for (size_t c = 0; c < d.columns.size(); ++c) {
        const float x = origin.x + static_cast<float>(c) * columnStep;
        const std::string year = std::to_string(d.columns[c].year);
        draw->AddText(ImVec2(x, origin.y), IM_COL32(230, 230, 230, 255), year.c_str());
        const float scale =
            (usable - gap * static_cast<float>(d.columns[c].units.size())) / static_cast<float>(maxTotal);
        float y = top;
        for (int id : d.columns[c].units) {
            const geodata::UnitVersion& u = ds.units[static_cast<size_t>(id)];
            const float h = std::max(1.5F, static_cast<float>(u.areaM2) * scale);
            slots[c][id] = {y, y + h};
            draw->AddRectFilled(ImVec2(x, y), ImVec2(x + barWidth, y + h), colourOf(colours, u, 255));
            if (h > 13.0F)
                draw->AddText(ImVec2(x + barWidth + 3.0F, y), IM_COL32(240, 240, 240, 255), u.name.c_str());
            y += h + gap;
        }
    }

    // Bands, filled as thin vertical strips along a smooth S-curve; hit-tested the same way.
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool tapped = ImGui::IsWindowHovered() && ImGui::IsMouseReleased(ImGuiMouseButton_Left);
    for (size_t c = 0; c + 1 < d.columns.size(); ++c) {
        std::map<int, float> outUsed, inUsed;
        const float x0 = origin.x + static_cast<float>(c) * columnStep + barWidth;
        const float x1 = origin.x + static_cast<float>(c + 1) * columnStep;
        for (const Flow& f : d.flows[c]) {
            const Slot& from = slots[c][f.from];
            const Slot& to = slots[c + 1][f.to];
            const geodata::UnitVersion& a = ds.units[static_cast<size_t>(f.from)];
            const geodata::UnitVersion& b = ds.units[static_cast<size_t>(f.to)];
            const float hFrom = (from.bottom - from.top) * static_cast<float>(f.areaM2 / a.areaM2);
            const float hTo = (to.bottom - to.top) * static_cast<float>(f.areaM2 / b.areaM2);
            const float y0 = from.top + outUsed[f.from];
            const float y1 = to.top + inUsed[f.to];
            outUsed[f.from] += hFrom;
            inUsed[f.to] += hTo;
            bool hovered = false;
            constexpr int kStrips = 24;
            for (int i = 0; i < kStrips; ++i) {
                const float t0 = static_cast<float>(i) / kStrips, t1 = static_cast<float>(i + 1) / kStrips;
                const float xa = x0 + (x1 - x0) * t0, xb = x0 + (x1 - x0) * t1;
                const float ya = y0 + (y1 - y0) * ease(t0);
                const float ha = hFrom + (hTo - hFrom) * t0;
                if (mouse.x >= xa && mouse.x < xb && mouse.y >= ya && mouse.y <= ya + ha) hovered = true;
            }
            const int alpha = hovered ? 230 : 120;
            for (int i = 0; i < kStrips; ++i) {
                const float t0 = static_cast<float>(i) / kStrips, t1 = static_cast<float>(i + 1) / kStrips;
                const float xa = x0 + (x1 - x0) * t0, xb = x0 + (x1 - x0) * t1;
                const float ya = y0 + (y1 - y0) * ease(t0), yb = y0 + (y1 - y0) * ease(t1);
                const float ha = hFrom + (hTo - hFrom) * t0, hb = hFrom + (hTo - hFrom) * t1;
                draw->AddQuadFilled(ImVec2(xa, ya), ImVec2(xb, yb), ImVec2(xb, yb + hb), ImVec2(xa, ya + ha),
                                    colourOf(colours, b, alpha));
            }
            if (hovered) {
                ImGui::SetTooltip("%s", text.format("teach.flow", {a.name, b.name, f.areaM2 / 1e6}).c_str());
                if (tapped) {
                    intent.selectUnit = b.id;
                    intent.seekYear = d.columns[c + 1].year;
                }
            }
        }
    }
    draw->Flags = savedFlags;
    ImGui::Dummy(avail);
    ImGui::End();
}

} // namespace app
