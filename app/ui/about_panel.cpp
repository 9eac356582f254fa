// "Om kartan" / "About this map": every source the map draws on, grouped, with its full reference,
// address and licence (from sources.csv). The one place where they are shown; everywhere else a source is
// a short citation (content/citation).
#include "content/citation.hpp"
#include "ui/ui_panels.hpp"
#include "ui/wrapped_text.hpp"

#include <algorithm>
#include <imgui.h>
#include <string>
#include <vector>

namespace app {

namespace {

void addParts(std::vector<std::string>& list, const std::string& sources) {
    for (std::string& part : sourceParts(sources))
        if (std::find(list.begin(), list.end(), part) == list.end()) list.push_back(std::move(part));
}

// A source of sources.csv: its short name in the chosen language, with the full reference, the address
// and the licence under it.
void tableSource(const geodata::Source& source, const Strings& text) {
    wrappedBullet(text.language() == Language::English ? source.shortEn : source.shortSv);
    ImGui::Indent();
    ImGui::TextDisabled("%s", source.reference.c_str());
    if (!source.url.empty()) ImGui::TextDisabled("%s", source.url.c_str());
    if (!source.licence.empty())
        ImGui::TextDisabled("%s", text.format("about.licence", {source.licence}).c_str());
    ImGui::Unindent();
}

// One group: a heading, then each source as its short name with the full reference or address under it.
void group(const std::string& heading, const std::vector<std::string>& parts,
           const geodata::SourceTable& table, const Strings& text) {
    if (!ImGui::CollapsingHeader(heading.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
    if (parts.empty()) ImGui::TextDisabled("%s", text.get("about.no_sources").c_str());
    for (const std::string& part : parts) {
        if (const geodata::Source* source = table.find(part)) {
            tableSource(*source, text);
            continue;
        }
        // Free text (a dataset without sources.csv): the part as written, when it holds an address.
        wrappedBullet(citeOne(part, text));
        if (!hostOf(part).empty()) {
            ImGui::Indent();
            ImGui::TextDisabled("%s", part.c_str());
            ImGui::Unindent();
        }
    }
}

} // namespace

AboutSources aboutSources(const Atlas& atlas) {
    AboutSources sources;
    for (const std::string& code : atlas.population.codes())
        for (const geodata::PopulationRecord* record : atlas.population.recordsOf(code))
            addParts(sources.population, record->source);
    for (const geodata::Event& e : atlas.timeline.events) {
        const bool body =
            e.type == geodata::EventType::BodyFounded || e.type == geodata::EventType::BodyChanged;
        addParts(body                                 ? sources.bodies
                 : geodata::changesBoundaries(e.type) ? sources.mergers
                                                      : sources.milestones,
                 e.source);
    }
    for (const geodata::JointBody& b : atlas.timeline.bodies) addParts(sources.bodies, b.source);
    for (const geodata::Network& n : atlas.timeline.networks) addParts(sources.milestones, n.source);
    return sources;
}

void aboutPanel(const Atlas& atlas, const Strings& text, PanelArea area, UiIntent& intent) {
    bool open = true;
    ImGui::SetNextWindowPos(ImVec2(area.width / 2, area.height / 2), ImGuiCond_Appearing, ImVec2(0.5F, 0.5F));
    ImGui::SetNextWindowSize(
        ImVec2(std::min(area.width - 40.0F, 720.0F), std::max(area.height - 260.0F, 200.0F)),
        ImGuiCond_Appearing);
    const std::string title = withId(text.get("about.title"), "about");
    if (ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse)) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(text.get("about.intro").c_str());
        ImGui::TextDisabled("%s", text.get("about.unknown_stays").c_str());
        const AboutSources sources = aboutSources(atlas);
        if (ImGui::CollapsingHeader(text.get("about.boundaries").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
            const std::string& attribution = atlas.dataset.attribution;
            if (attribution.empty())
                ImGui::TextDisabled("%s", text.get("about.no_sources").c_str());
            else {
                wrappedBullet(attributionText(attribution, text));
                ImGui::Indent();
                // The dataset's own wording only where it holds an address the short citation leaves out:
                // otherwise it repeats the line above, and in the other language it would be untranslated.
                if (attribution.find("://") != std::string::npos)
                    ImGui::TextDisabled("%s", text.format("about.attribution", {attribution}).c_str());
                if (attribution.find("CC0") != std::string::npos)
                    ImGui::TextDisabled("%s", text.get("about.licence_cc0").c_str());
                ImGui::Unindent();
            }
        }
        group(text.get("about.population"), sources.population, atlas.sources, text);
        group(text.get("about.mergers"), sources.mergers, atlas.sources, text);
        group(text.get("about.bodies"), sources.bodies, atlas.sources, text);
        group(text.get("about.milestones"), sources.milestones, atlas.sources, text);
        ImGui::PopTextWrapPos();
    }
    ImGui::End();
    if (!open) intent.toggleAbout = true;
}

} // namespace app
