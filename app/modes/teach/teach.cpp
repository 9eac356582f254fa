#include "modes/teach/teach.hpp"

#include "content/change_text.hpp"
#include "render/palette.hpp"

#include <imgui.h>
#include <string>

namespace app {

TeachState::TeachState(const Atlas& atlas)
    : earlierYear(atlas.dataset.firstYear()), laterYear(atlas.dataset.lastYear()),
      flows(buildFlowDiagram(atlas.dataset, flowYears(atlas.dataset))), quiz(generateQuiz(atlas.dataset)) {}

std::optional<int> TeachState::mapYear() const {
    if (tool == TeachTool::Compare) return laterYear;
    if (tool == TeachTool::Quiz && !quiz.finished()) return quiz.current().mapYear;
    return std::nullopt;
}

bool TeachState::tapUnit(const geodata::UnitVersion& unit) {
    if (tool != TeachTool::Quiz || quiz.finished()) return false;
    quiz.toggle(unit.code);
    return true;
}

namespace {

std::string names(const Atlas& atlas, const std::set<std::string>& codes, int year, const Strings& text) {
    std::vector<std::string> list;
    for (const std::string& code : codes)
        if (const geodata::UnitVersion* u = atlas.dataset.versionOf(code, year)) list.push_back(u->name);
    return joinNames(list, text);
}

void comparePanel(TeachState& s, const Atlas& atlas, const Strings& text) {
    const int first = atlas.dataset.firstYear();
    const int last = atlas.dataset.lastYear();
    ImGui::SliderInt(withId(text.get("teach.earlier_year"), "earlier").c_str(), &s.earlierYear, first, last);
    ImGui::SliderInt(withId(text.get("teach.later_year"), "later").c_str(), &s.laterYear, first, last);
    if (s.earlierYear > s.laterYear) std::swap(s.earlierYear, s.laterYear);
    int mode = s.compare == CompareMode::SideBySide ? 0 : 1;
    ImGui::RadioButton(withId(text.get("teach.side_by_side"), "sidebyside").c_str(), &mode, 0);
    ImGui::SameLine();
    ImGui::RadioButton(withId(text.get("teach.ghost"), "ghost").c_str(), &mode, 1);
    s.compare = mode == 0 ? CompareMode::SideBySide : CompareMode::Ghost;
    ImGui::TextUnformatted(
        text.format("teach.unit_counts", {s.earlierYear, atlas.dataset.unitsValidIn(s.earlierYear).size(),
                                          s.laterYear, atlas.dataset.unitsValidIn(s.laterYear).size()})
            .c_str());
}

void quizPanel(TeachState& s, const Atlas& atlas, const Strings& text, UiIntent& intent) {
    QuizSession& quiz = s.quiz;
    if (quiz.count() == 0) {
        ImGui::TextDisabled("%s", text.get("teach.no_questions").c_str());
        return;
    }
    if (quiz.finished()) {
        ImGui::TextUnformatted(text.format("quiz.finished", {quiz.score(), quiz.count()}).c_str());
        if (ImGui::Button(withId(text.get("quiz.restart"), "restart").c_str(), ImVec2(0, 40)))
            quiz = QuizSession(generateQuiz(atlas.dataset));
        return;
    }
    const QuizQuestion& q = quiz.current();
    ImGui::TextUnformatted(
        text.format("quiz.progress", {quiz.index() + 1, quiz.count(), quiz.score()}).c_str());
    ImGui::PushTextWrapPos(0);
    const std::string question = q.kind == QuizQuestion::Kind::WhichFormed
                                     ? text.format("quiz.which_formed", {q.subject, q.year})
                                     : text.format("quiz.broke_away", {q.subject, q.year});
    ImGui::TextUnformatted(question.c_str());
    ImGui::TextDisabled("%s", text.format("quiz.tap_hint", {q.mapYear}).c_str());
    ImGui::TextUnformatted(
        text.format("quiz.chosen", {names(atlas, quiz.chosen(), q.mapYear, text)}).c_str());
    if (!quiz.feedback()) {
        if (ImGui::Button(withId(text.get("quiz.answer"), "answer").c_str(), ImVec2(120, 40))) quiz.submit();
    } else {
        const QuizFeedback& f = *quiz.feedback();
        if (f.correct)
            ImGui::TextColored(ImVec4(0.3F, 0.8F, 0.4F, 1), "%s", text.get("quiz.correct").c_str());
        else
            ImGui::TextColored(ImVec4(0.95F, 0.45F, 0.3F, 1), "%s",
                               text.format("quiz.wrong", {names(atlas, q.answer, q.mapYear, text)}).c_str());
        if (ImGui::Button(withId(text.get("quiz.next"), "next").c_str(), ImVec2(160, 40))) quiz.next();
    }
    ImGui::PopTextWrapPos();
    (void)intent;
}

} // namespace

void teachPanel(TeachState& s, const Atlas& atlas, const Strings& text, PanelArea area, UiIntent& intent) {
    ImGui::SetNextWindowPos(ImVec2(10.0F, area.height - kTimelinePanelHeight - 10.0F), ImGuiCond_Always,
                            ImVec2(0.0F, 1.0F));
    ImGui::SetNextWindowSize(ImVec2(520.0F, 0.0F), ImGuiCond_Always);
    bool open = true;
    if (ImGui::Begin(withId(text.get("view.teach"), "teach").c_str(), &open,
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse |
                         ImGuiWindowFlags_NoMove)) {
        // As the panel appears, the tab of the state's tool is selected; after that the tabs decide.
        // Read before the tabs: ImGui shows the first tab's contents on a tab bar's first frame, and
        // they set s.tool.
        const std::optional<TeachTool> wanted =
            ImGui::IsWindowAppearing() ? std::optional<TeachTool>(s.tool) : std::nullopt;
        const auto tab = [&](TeachTool tool) {
            return wanted == tool ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
        };
        if (ImGui::BeginTabBar("tools")) {
            if (ImGui::BeginTabItem(withId(text.get("teach.compare"), "compare").c_str(), nullptr,
                                    tab(TeachTool::Compare))) {
                s.tool = TeachTool::Compare;
                comparePanel(s, atlas, text);
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem(withId(text.get("teach.lineage"), "lineage").c_str(), nullptr,
                                    tab(TeachTool::Lineage))) {
                s.tool = TeachTool::Lineage;
                ImGui::TextWrapped("%s", text.get("teach.lineage_hint").c_str());
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem(withId(text.get("teach.quiz"), "quiz").c_str(), nullptr,
                                    tab(TeachTool::Quiz))) {
                s.tool = TeachTool::Quiz;
                quizPanel(s, atlas, text, intent);
                ImGui::EndTabItem();
            }
            ImGui::EndTabBar();
        }
    }
    ImGui::End();
    if (!open) intent.showTeach = false; // its close button ends teaching
}

} // namespace app
