#include "content/citation.hpp"
#include "content/story_text.hpp"
#include "render/bodies_layer.hpp"
#include "ui/ui_panels.hpp"
#include "ui/wrapped_text.hpp"

#include <algorithm>
#include <cmath>
#include <imgui.h>
#include <string>

namespace app {

namespace {

std::string yearsText(const geodata::UnitVersion& u) {
    return std::to_string(u.fromYear) + "–" +
           (u.toYear == geodata::kOpenEndYear ? "" : std::to_string(u.toYear));
}

ImVec4 bodyColour(const geodata::JointBody& body) {
    const sf::Color c = render::parseBodyColour(body.colour);
    return {c.r / 255.0F, c.g / 255.0F, c.b / 255.0F, 1.0F};
}

// Right-edge panel, left of the joint bodies' badge column; or in the box the area gives.
bool beginSidePanel(const std::string& title, PanelArea area, bool& open) {
    float width = area.sideWidth;
    float maxHeight = std::max(width * 0.5F, area.height - area.top - area.bottomReserve);
    float minHeight = 0;
    if (area.box.width > 0) {
        width = area.box.width;
        maxHeight = area.box.height;
        minHeight = std::min(area.boxMinHeight, maxHeight);
        if (area.fromBottom)
            ImGui::SetNextWindowPos(ImVec2(area.box.left, area.box.top + area.box.height), ImGuiCond_Always,
                                    ImVec2(0, 1));
        else
            ImGui::SetNextWindowPos(ImVec2(area.box.left, area.box.top), ImGuiCond_Always);
    } else {
        // Left of the badge column, or at the right edge of a screen too narrow for both.
        const float right = area.right > 0 ? area.right : area.width - 230.0F;
        const float left = std::max(8.0F, std::min(right - width, area.width - width - 8.0F));
        ImGui::SetNextWindowPos(ImVec2(left, area.top), ImGuiCond_Always);
    }
    // ImGui floors a constrained window's size: with a title bar of fractional height (the kiosk's
    // touch style) the panel came out a fraction of a pixel shorter than its content and showed a
    // scrollbar. Rounding the height up instead keeps every line in view without one.
    ImGui::SetNextWindowSizeConstraints(
        ImVec2(width, minHeight), ImVec2(width, maxHeight),
        [](ImGuiSizeCallbackData* size) { size->DesiredSize.y = std::ceil(size->DesiredSize.y); });
    return ImGui::Begin(title.c_str(), &open,
                        ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                            ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize);
}

// One button per linked version; a tap selects it and shows a year it exists in.
void lineageButtons(const geodata::Dataset& dataset, const std::vector<geodata::LineageLink>& links,
                    bool earlier, UiIntent& intent) {
    if (links.empty()) {
        ImGui::TextDisabled("–");
        return;
    }
    for (const geodata::LineageLink& link : links) {
        const geodata::UnitVersion& other = dataset.units[static_cast<size_t>(earlier ? link.from : link.to)];
        if (wrappedButton(other.fullName() + " (" + yearsText(other) + ")", std::to_string(other.id))) {
            intent.selectUnit = other.id;
            intent.seekYear = earlier ? other.toYear : other.fromYear;
        }
    }
}

void populationLines(const Atlas& atlas, const geodata::UnitVersion& u, int year, const Strings& text,
                     Audience audience) {
    const auto value = atlas.population.at(u.code, year);
    if (!value) {
        ImGui::TextUnformatted(text.format("unit.population_none", {year}).c_str());
        return;
    }
    const std::string figure = groupThousands(value->value, text);
    if (value->interpolated) {
        ImGui::TextUnformatted(text.format("unit.population_approx", {year, figure}).c_str());
        ImGui::TextDisabled(
            "%s", text.format("unit.interpolated_between", {value->fromYear, value->toYear}).c_str());
    } else {
        ImGui::TextUnformatted(text.format("unit.population", {year, figure}).c_str());
    }
    // The short citation only: the figure's note is the curator's (in English, about the source table);
    // the full addresses are in the About panel, which is all a visitor needs of the sources.
    if (audience == Audience::Visitor) return;
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled(
        "%s", text.format("common.source", {shortCitation(value->source, atlas.sources, text)}).c_str());
    ImGui::PopTextWrapPos();
}

} // namespace

void unitInfoPanel(const Atlas& atlas, int unitId, int year, const Strings& text, PanelArea area,
                   UiIntent& intent) {
    const geodata::Dataset& dataset = atlas.dataset;
    const geodata::UnitVersion& u = dataset.units[static_cast<size_t>(unitId)];
    bool open = true;
    if (beginSidePanel(u.fullName() + "###unitinfo", area, open)) {
        ImGui::PushTextWrapPos(0); // every line within the panel (the kiosk's text is larger)
        ImGui::TextUnformatted(text.format("unit.valid", {yearsText(u)}).c_str());
        ImGui::TextUnformatted(text.format("unit.area", {u.areaM2 / 1e6}).c_str());
        if (!atlas.population.empty()) populationLines(atlas, u, year, text, area.audience);
        ImGui::Separator();
        ImGui::TextUnformatted(text.get("unit.came_from").c_str());
        lineageButtons(dataset, dataset.lineage.cameFrom(u.id), true, intent);
        ImGui::TextUnformatted(text.get("unit.became").c_str());
        lineageButtons(dataset, dataset.lineage.wentTo(u.id), false, intent);
        const auto bodies = atlas.timeline.bodiesWithMember(u.code, year);
        if (!bodies.empty()) {
            ImGui::Separator();
            ImGui::TextUnformatted(text.format("unit.bodies_in_year", {year}).c_str());
            for (const geodata::JointBody* body : bodies) {
                sameLineIfFits(body->shortName,
                               body == bodies.front()); // a row that flows, never past the edge
                ImGui::PushStyleColor(ImGuiCol_Button, bodyColour(*body));
                if (ImGui::Button((body->shortName + "##member").c_str())) intent.selectBody = body->id;
                ImGui::PopStyleColor();
            }
        }
        if (area.audience == Audience::Scholar)
            ImGui::TextDisabled("%s", text.format("unit.code", {u.code}).c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::End();
    if (!open) intent.clearSelection = true;
}

void bodyPanel(const Atlas& atlas, const std::string& bodyId, int year, const Strings& text, PanelArea area,
               UiIntent& intent) {
    const Language language = text.language();
    const geodata::JointBody* body = atlas.timeline.findBody(bodyId);
    if (!body) return;
    bool open = true;
    if (beginSidePanel(body->shortName + "###bodyinfo", area, open)) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(bodyColour(*body), "%s", body->name.c_str());
        ImGui::TextUnformatted(text.format("body.founded", {body->founded}).c_str());
        ImGui::TextUnformatted(pick(body->what, language).c_str());
        ImGui::Separator();
        ImGui::TextUnformatted(text.format("body.members_in_year", {year}).c_str());
        const auto members = body->membersIn(year);
        if (members.empty()) ImGui::TextDisabled("%s", text.get("body.no_members").c_str());
        // Side by side while they fit: a wide panel lists eight members in two or three rows, not eight.
        bool first = true;
        for (const std::string& code : members)
            if (const geodata::UnitVersion* u = atlas.dataset.versionOf(code, year)) {
                sameLineIfFits(u->fullName(), first);
                first = false;
                if (wrappedButton(u->fullName(), "m" + code)) intent.selectUnit = u->id;
            }
        for (const std::string& other : body->otherMembers) wrappedBullet(other);
        if (area.audience == Audience::Scholar) {
            if (!body->notes.empty()) {
                ImGui::Separator();
                ImGui::TextUnformatted(text.get("body.about_sources").c_str());
                for (const geodata::Text& note : body->notes) wrappedBullet(pick(note, language));
            }
            ImGui::TextDisabled(
                "%s",
                text.format("common.source", {shortCitation(body->source, atlas.sources, text)}).c_str());
        }
        ImGui::PopTextWrapPos();
    }
    ImGui::End();
    if (!open) intent.clearBody = true;
}

} // namespace app
