#include "modes/teach/alluvial_panel.hpp"

#include <imgui.h>
#include <map>

namespace app {

namespace {

ImU32 colourOf(const render::MapRenderer& colours, const geodata::UnitVersion& u, int alpha) {
    const sf::Color c = colours.fillColour(u.code);
    return IM_COL32(c.r, c.g, c.b, alpha);
}

float ease(float t) { return t * t * (3.0F - 2.0F * t); }

const ImU32 kText = IM_COL32(240, 240, 240, 255);
const ImU32 kLeader = IM_COL32(200, 200, 200, 200);

// The bands between column c and c + 1, filled as thin vertical strips along a smooth S-curve and
// hit-tested the same way. A tap selects the later unit at its year.
void drawBands(const AlluvialLayout& layout, const FlowDiagram& d, size_t c, const geodata::Dataset& ds,
               const render::MapRenderer& colours, const Strings& text, UiIntent& intent) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool tapped = ImGui::IsWindowHovered() && ImGui::IsMouseReleased(ImGuiMouseButton_Left);
    const ChartColumn& left = layout.columns[c];
    const ChartColumn& right = layout.columns[c + 1];
    std::map<int, float> outUsed, inUsed;
    const float x0 = left.portLeft + AlluvialStyle{}.portWidth;
    const float x1 = right.barLeft;
    for (const Flow& f : d.flows[c]) {
        const ChartSlot& from = left.slots.at(f.from);
        const ChartSlot& to = right.slots.at(f.to);
        const geodata::UnitVersion& a = ds.units[static_cast<size_t>(f.from)];
        const geodata::UnitVersion& b = ds.units[static_cast<size_t>(f.to)];
        const float hFrom = (from.bottom - from.top) * static_cast<float>(f.areaM2 / a.areaM2);
        const float hTo = (to.bottom - to.top) * static_cast<float>(f.areaM2 / b.areaM2);
        const float y0 = from.top + outUsed[f.from];
        const float y1 = to.top + inUsed[f.to];
        outUsed[f.from] += hFrom;
        inUsed[f.to] += hTo;
        constexpr int kStrips = 24;
        bool hovered = false;
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
        if (!hovered) continue;
        ImGui::SetTooltip("%s", text.format("teach.flow", {a.name, b.name, f.areaM2 / 1e6}).c_str());
        if (tapped) {
            intent.selectUnit = b.id;
            intent.seekYear = right.year;
        }
    }
}

// Bars, the thin bars the bands leave from, the names and their leader lines; a tap on a name selects it.
void drawColumns(const AlluvialLayout& layout, const geodata::Dataset& ds, const render::MapRenderer& colours,
                 UiIntent& intent) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const AlluvialStyle style;
    for (size_t c = 0; c < layout.columns.size(); ++c) {
        const ChartColumn& column = layout.columns[c];
        const std::string year = std::to_string(column.year);
        draw->AddText(ImVec2(column.yearBox.left, column.yearBox.top), kText, year.c_str());
        const bool port = column.portLeft > column.barLeft;
        for (const auto& [id, slot] : column.slots) {
            const ImU32 fill = colourOf(colours, ds.units[static_cast<size_t>(id)], 255);
            draw->AddRectFilled(ImVec2(column.barLeft, slot.top),
                                ImVec2(column.barLeft + style.barWidth, slot.bottom), fill);
            if (port)
                draw->AddRectFilled(ImVec2(column.portLeft, slot.top),
                                    ImVec2(column.portLeft + style.portWidth, slot.bottom), fill);
        }
    }
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool tapped = ImGui::IsWindowHovered() && ImGui::IsMouseReleased(ImGuiMouseButton_Left);
    for (const ChartLabel& label : layout.labels) {
        if (!label.level) { // a short run level with the bar, then across to the name
            const ImVec2 from(label.leaderFrom.x + 1, label.leaderFrom.y);
            const ImVec2 bend(label.leaderFrom.x + style.leaderRoom * 0.35F, label.leaderFrom.y);
            const ImVec2 to(label.leaderTo.x, label.leaderTo.y);
            draw->AddLine(from, bend, kLeader, 1.5F);
            draw->AddLine(bend, to, kLeader, 1.5F);
        }
        draw->AddText(ImVec2(label.box.left, label.box.top), kText, label.text.c_str());
        if (tapped && label.box.contains(mouse.x, mouse.y)) {
            intent.selectUnit = label.unit;
            intent.seekYear = layout.columns[label.column].year;
        }
    }
}

} // namespace

AlluvialLayout planFamilyTree(const std::vector<FlowDiagram>& diagrams, const Atlas& atlas,
                              sf::FloatRect area, bool alignRight) {
    const MeasureText measure = [](const std::string& s) {
        const ImVec2 size = ImGui::CalcTextSize(s.c_str());
        return sf::Vector2f(size.x, size.y);
    };
    return layoutAlluvial(diagrams, atlas.dataset, area, alignRight, measure, ImGui::GetFontSize());
}

void alluvialPanel(const AlluvialLayout& layout, const std::vector<FlowDiagram>& diagrams, const Atlas& atlas,
                   const render::MapRenderer& colours, const Strings& text, UiIntent& intent) {
    if (layout.columns.size() < 2 || layout.diagram >= diagrams.size()) return;
    const FlowDiagram& d = diagrams[layout.diagram];
    ImGui::SetNextWindowPos(ImVec2(layout.box.left, layout.box.top), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(layout.box.width, layout.box.height), ImGuiCond_Always);
    ImGui::Begin("###alluvial", nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoScrollbar |
                     ImGuiWindowFlags_NoSavedSettings);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    // Bands are many thin quads side by side; antialiased edges would show as seams between them.
    const ImDrawListFlags savedFlags = draw->Flags;
    draw->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    for (size_t c = 0; c + 1 < layout.columns.size(); ++c)
        drawBands(layout, d, c, atlas.dataset, colours, text, intent);
    draw->Flags = savedFlags;
    drawColumns(layout, atlas.dataset, colours, intent);
    ImGui::End();
}

} // namespace app
