#include "teach.hpp"

#include "change_text.hpp"
#include "render/palette.hpp"

#include <imgui.h>
#include <string>

namespace app {

TeachState::TeachState(const Atlas& atlas)
    : earlierYear(atlas.dataset.firstYear()), laterYear(atlas.dataset.lastYear()),
      flows(buildFlowDiagram(atlas.dataset, flowYears(atlas.dataset))), quiz(generateQuiz(atlas.dataset)) {}

std::optional<int> TeachState::mapYear() const {
    if (!active) return std::nullopt;
    if (tool == TeachTool::Compare) return laterYear;
    if (tool == TeachTool::Quiz && !quiz.finished()) return quiz.current().mapYear;
    return std::nullopt;
}

bool TeachState::tapUnit(const geodata::UnitVersion& unit) {
    if (!active || tool != TeachTool::Quiz || quiz.finished()) return false;
    quiz.toggle(unit.code);
    return true;
}

namespace {

std::string names(const Atlas& atlas, const std::set<std::string>& codes, int year, Language language) {
    std::vector<std::string> list;
    for (const std::string& code : codes)
        if (const geodata::UnitVersion* u = atlas.dataset.versionOf(code, year)) list.push_back(u->name);
    return joinNames(list, language);
}

void comparePanel(TeachState& s, const Atlas& atlas, Language language) {
    const int first = atlas.dataset.firstYear();
    const int last = atlas.dataset.lastYear();
    ImGui::SliderInt(tr(language, "Tidigare år", "Earlier year"), &s.earlierYear, first, last);
    ImGui::SliderInt(tr(language, "Senare år", "Later year"), &s.laterYear, first, last);
    if (s.earlierYear > s.laterYear) std::swap(s.earlierYear, s.laterYear);
    int mode = s.compare == CompareMode::SideBySide ? 0 : 1;
    ImGui::RadioButton(tr(language, "Sida vid sida", "Side by side"), &mode, 0);
    ImGui::SameLine();
    ImGui::RadioButton(tr(language, "Gamla gränser över nya", "Old borders over new"), &mode, 1);
    s.compare = mode == 0 ? CompareMode::SideBySide : CompareMode::Ghost;
    ImGui::Text(tr(language, "%d: %zu kommuner   %d: %zu kommuner",
                   "%d: %zu municipalities   %d: %zu municipalities"),
                s.earlierYear, atlas.dataset.unitsValidIn(s.earlierYear).size(), s.laterYear,
                atlas.dataset.unitsValidIn(s.laterYear).size());
}

void quizPanel(TeachState& s, const Atlas& atlas, Language language, UiIntent& intent) {
    QuizSession& quiz = s.quiz;
    if (quiz.count() == 0) {
        ImGui::TextDisabled("%s", tr(language, "Datan ger inga frågor.", "The data gives no questions."));
        return;
    }
    if (quiz.finished()) {
        ImGui::Text(tr(language, "Klart! %d av %zu rätt.", "Done! %d of %zu right."), quiz.score(),
                    quiz.count());
        if (ImGui::Button(tr(language, "Börja om", "Start again"), ImVec2(0, 40)))
            quiz = QuizSession(generateQuiz(atlas.dataset));
        return;
    }
    const QuizQuestion& q = quiz.current();
    ImGui::Text(tr(language, "Fråga %zu av %zu · poäng %d", "Question %zu of %zu · score %d"),
                quiz.index() + 1, quiz.count(), quiz.score());
    ImGui::PushTextWrapPos(0);
    const std::string question =
        q.kind == QuizQuestion::Kind::WhichFormed
            ? (language == Language::Swedish
                   ? "Vilka kommuner bildade " + q.subject + " " + std::to_string(q.year) + "?"
                   : "Which municipalities formed " + q.subject + " in " + std::to_string(q.year) + "?")
            : (language == Language::Swedish
                   ? "Vilken kommun bröts ut ur " + q.subject + " " + std::to_string(q.year) + "?"
                   : "Which municipality broke away from " + q.subject + " in " + std::to_string(q.year) +
                         "?");
    ImGui::TextUnformatted(question.c_str());
    ImGui::TextDisabled(tr(language, "Tryck på kartan (%d) för att välja.", "Tap the map (%d) to choose."),
                        q.mapYear);
    ImGui::Text("%s %s", tr(language, "Valda:", "Chosen:"),
                names(atlas, quiz.chosen(), q.mapYear, language).c_str());
    if (!quiz.feedback()) {
        if (ImGui::Button(tr(language, "Svara", "Answer"), ImVec2(120, 40))) quiz.submit();
    } else {
        const QuizFeedback& f = *quiz.feedback();
        if (f.correct)
            ImGui::TextColored(ImVec4(0.3F, 0.8F, 0.4F, 1), "%s", tr(language, "Rätt!", "Right!"));
        else
            ImGui::TextColored(ImVec4(0.95F, 0.45F, 0.3F, 1), "%s %s",
                               tr(language, "Inte riktigt. Rätt svar:", "Not quite. The answer:"),
                               names(atlas, q.answer, q.mapYear, language).c_str());
        if (ImGui::Button(tr(language, "Nästa fråga", "Next question"), ImVec2(160, 40))) quiz.next();
    }
    ImGui::PopTextWrapPos();
    (void)intent;
}

} // namespace

void teachPanel(TeachState& s, const Atlas& atlas, Language language, PanelArea area, UiIntent& intent) {
    ImGui::SetNextWindowPos(ImVec2(10.0F, area.height - kTimelinePanelHeight - 10.0F), ImGuiCond_Always,
                            ImVec2(0.0F, 1.0F));
    ImGui::SetNextWindowSize(ImVec2(520.0F, 0.0F), ImGuiCond_Always);
    bool open = true;
    if (ImGui::Begin(tr(language, "Undervisning###teach", "Teaching###teach"), &open,
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse |
                         ImGuiWindowFlags_NoMove)) {
        if (ImGui::BeginTabBar("tools")) {
            if (ImGui::BeginTabItem(tr(language, "Jämför år", "Compare years"))) {
                s.tool = TeachTool::Compare;
                comparePanel(s, atlas, language);
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem(tr(language, "Släktträd", "Family tree"))) {
                s.tool = TeachTool::Lineage;
                ImGui::TextWrapped("%s", tr(language, "Tryck på ett band för att se kommunen på kartan.",
                                            "Tap a band to see the municipality on the map."));
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem(tr(language, "Frågesport", "Quiz"))) {
                s.tool = TeachTool::Quiz;
                quizPanel(s, atlas, language, intent);
                ImGui::EndTabItem();
            }
            ImGui::EndTabBar();
        }
    }
    ImGui::End();
    if (!open) s.active = false;
}

} // namespace app
