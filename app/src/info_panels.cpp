#include "render/bodies_layer.hpp"
#include "story_text.hpp"
#include "ui_panels.hpp"

#include <imgui.h>
#include <string>

namespace app {

namespace {

constexpr float kPanelWidth = 400.0F;

std::string yearsText(const geodata::UnitVersion& u) {
    return std::to_string(u.fromYear) + "–" +
           (u.toYear == geodata::kOpenEndYear ? "" : std::to_string(u.toYear));
}

ImVec4 bodyColour(const geodata::JointBody& body) {
    const sf::Color c = render::parseBodyColour(body.colour);
    return {c.r / 255.0F, c.g / 255.0F, c.b / 255.0F, 1.0F};
}

// Right-edge panel, left of the joint bodies' badge column.
bool beginSidePanel(const std::string& title, PanelArea area, bool& open) {
    ImGui::SetNextWindowPos(ImVec2(area.width - kPanelWidth - 230.0F, 70.0F), ImGuiCond_Always);
    ImGui::SetNextWindowSizeConstraints(ImVec2(kPanelWidth, 0), ImVec2(kPanelWidth, area.height - 200.0F));
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
        const std::string label =
            other.fullName() + " (" + yearsText(other) + ")##" + std::to_string(other.id);
        if (ImGui::Button(label.c_str())) {
            intent.selectUnit = other.id;
            intent.seekYear = earlier ? other.toYear : other.fromYear;
        }
    }
}

void populationLines(const Atlas& atlas, const geodata::UnitVersion& u, int year, Language language) {
    const auto value = atlas.population.at(u.code, year);
    if (!value) {
        ImGui::Text("%s %d: %s", tr(language, "Befolkning", "Population"), year,
                    tr(language, "ingen uppgift", "no figure"));
        return;
    }
    if (value->interpolated) {
        ImGui::Text("%s %d: ca %s", tr(language, "Befolkning", "Population"), year,
                    groupThousands(value->value).c_str());
        ImGui::TextDisabled(tr(language, "interpolerat mellan %d och %d", "interpolated between %d and %d"),
                            value->fromYear, value->toYear);
    } else {
        ImGui::Text("%s %d: %s", tr(language, "Befolkning", "Population"), year,
                    groupThousands(value->value).c_str());
    }
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s %s", tr(language, "Källa:", "Source:"), value->source.c_str());
    if (!value->note.empty()) ImGui::TextDisabled("%s", value->note.c_str());
    ImGui::PopTextWrapPos();
}

} // namespace

void unitInfoPanel(const Atlas& atlas, int unitId, int year, Language language, PanelArea area,
                   UiIntent& intent) {
    const geodata::Dataset& dataset = atlas.dataset;
    const geodata::UnitVersion& u = dataset.units[static_cast<size_t>(unitId)];
    bool open = true;
    if (beginSidePanel(u.fullName() + "###unitinfo", area, open)) {
        ImGui::Text("%s: %s", tr(language, "Giltig", "Valid"), yearsText(u).c_str());
        ImGui::Text("%s: %.1f km²", tr(language, "Yta", "Area"), u.areaM2 / 1e6);
        if (!atlas.population.empty()) populationLines(atlas, u, year, language);
        ImGui::Separator();
        ImGui::TextUnformatted(tr(language, "Kom från:", "Came from:"));
        lineageButtons(dataset, dataset.lineage.cameFrom(u.id), true, intent);
        ImGui::TextUnformatted(tr(language, "Blev:", "Became:"));
        lineageButtons(dataset, dataset.lineage.wentTo(u.id), false, intent);
        const auto bodies = atlas.timeline.bodiesWithMember(u.code, year);
        if (!bodies.empty()) {
            ImGui::Separator();
            ImGui::Text(tr(language, "Samarbeten %d:", "Joint bodies %d:"), year);
            for (const geodata::JointBody* body : bodies) {
                ImGui::PushStyleColor(ImGuiCol_Button, bodyColour(*body));
                if (ImGui::Button((body->shortName + "##member").c_str())) intent.selectBody = body->id;
                ImGui::PopStyleColor();
                ImGui::SameLine();
            }
            ImGui::NewLine();
        }
        ImGui::TextDisabled("%s %s", tr(language, "Kod", "Code"), u.code.c_str());
    }
    ImGui::End();
    if (!open) intent.clearSelection = true;
}

void bodyPanel(const Atlas& atlas, const std::string& bodyId, int year, Language language, PanelArea area,
               UiIntent& intent) {
    const geodata::JointBody* body = atlas.timeline.findBody(bodyId);
    if (!body) return;
    bool open = true;
    if (beginSidePanel(body->shortName + "###bodyinfo", area, open)) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(bodyColour(*body), "%s", body->name.c_str());
        ImGui::Text("%s %d", tr(language, "Bildat", "Founded"), body->founded);
        ImGui::TextUnformatted(pick(body->what, language).c_str());
        ImGui::Separator();
        ImGui::Text(tr(language, "Medlemmar %d:", "Members in %d:"), year);
        const auto members = body->membersIn(year);
        if (members.empty())
            ImGui::TextDisabled("%s", tr(language, "inga kända detta år", "none known this year"));
        for (const std::string& code : members)
            if (const geodata::UnitVersion* u = atlas.dataset.versionOf(code, year))
                if (ImGui::Button((u->fullName() + "##m").c_str())) intent.selectUnit = u->id;
        for (const std::string& other : body->otherMembers) ImGui::BulletText("%s", other.c_str());
        if (!body->notes.empty()) {
            ImGui::Separator();
            ImGui::TextUnformatted(tr(language, "Om källorna:", "About the sources:"));
            for (const geodata::Text& note : body->notes)
                ImGui::BulletText("%s", pick(note, language).c_str());
        }
        ImGui::TextDisabled("%s %s", tr(language, "Källa:", "Source:"), body->source.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::End();
    if (!open) intent.clearBody = true;
}

} // namespace app
