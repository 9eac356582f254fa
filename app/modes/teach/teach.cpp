#include "modes/teach/teach.hpp"

#include "content/change_text.hpp"
#include "render/imgui_sfml.hpp"
#include "render/palette.hpp"

#include <algorithm>
#include <imgui.h>
#include <string>

namespace app {

namespace {
// The family tree with 2 up to 6 columns (as many as the data has change years for): the first year, the
// last change (the units of today) and between them the changes that changed the number of units most.
std::vector<FlowDiagram> flowChoicesOf(const geodata::Dataset& dataset) {
    std::vector<FlowDiagram> choices;
    std::vector<int> last;
    std::optional<int> latest;
    for (int year : dataset.changeYears())
        if (year > dataset.firstYear() && year <= dataset.lastYear())
            latest = std::max(latest.value_or(year), year);
    for (size_t picked = 1; picked <= 6; ++picked) {
        std::vector<int> years = flowYears(dataset, picked);
        if (latest && std::find(years.begin(), years.end(), *latest) == years.end()) years.push_back(*latest);
        std::sort(years.begin(), years.end());
        if (years.size() < 2 || years.size() > 6 || years == last) continue;
        choices.push_back(buildFlowDiagram(dataset, years));
        last = std::move(years);
    }
    return choices;
}
} // namespace

TeachState::TeachState(const Atlas& atlas)
    : earlierYear(atlas.dataset.firstYear()), laterYear(atlas.dataset.lastYear()),
      flowChoices(flowChoicesOf(atlas.dataset)), quiz(generateQuiz(atlas.dataset)) {}

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

// A line in the large font, wrapped: a verdict or a score that reads from the back of the room.
void headline(const std::string& line, ImVec4 colour, QuizShown& shown, QuizShown::Screen screen) {
    ImGui::PushFont(render::largeUiFont());
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextWrapped("%s", line.c_str());
    shown = {screen, line, ImGui::GetFontSize()};
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

const ImVec4 kRight(0.35F, 0.85F, 0.45F, 1), kWrong(1.0F, 0.6F, 0.35F, 1);

// The end of a quiz: the score large, then every question with ✓ or ✗, and a new start.
void quizEnd(TeachState& s, const Atlas& atlas, const Strings& text) {
    QuizSession& quiz = s.quiz;
    ImGui::TextUnformatted(text.get("quiz.over").c_str());
    headline(text.format("quiz.finished", {quiz.score(), quiz.count()}), ImVec4(1, 1, 1, 1), s.quizShown,
             QuizShown::Screen::End);
    const std::vector<bool>& results = quiz.results();
    for (size_t i = 0; i < results.size(); ++i) {
        const QuizQuestion& q = quiz.questions()[i];
        const std::string mark = results[i] ? "\u2713" : "\u2717"; // ✓ ✗
        const std::string item = text.format("quiz.result_item", {mark, q.subject, q.year});
        if (i > 0 && ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x * 3 +
                             ImGui::CalcTextSize(item.c_str()).x <=
                         ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x)
            ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x * 3);
        ImGui::TextColored(results[i] ? kRight : kWrong, "%s", item.c_str());
    }
    if (ImGui::Button(withId(text.get("quiz.restart"), "restart").c_str(), ImVec2(0, 40)))
        quiz = QuizSession(generateQuiz(atlas.dataset));
}

void quizPanel(TeachState& s, const Atlas& atlas, const Strings& text) {
    QuizSession& quiz = s.quiz;
    s.quizShown = {};
    if (quiz.count() == 0) {
        ImGui::TextDisabled("%s", text.get("teach.no_questions").c_str());
        return;
    }
    if (quiz.finished()) {
        quizEnd(s, atlas, text);
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
    if (!quiz.feedback()) {
        s.quizShown.screen = QuizShown::Screen::Question;
        ImGui::TextDisabled("%s", text.format("quiz.tap_hint", {q.mapYear}).c_str());
        ImGui::TextUnformatted(
            text.format("quiz.chosen", {names(atlas, quiz.chosen(), q.mapYear, text)}).c_str());
        if (ImGui::Button(withId(text.get("quiz.answer"), "answer").c_str(), ImVec2(120, 40))) quiz.submit();
    } else {
        // Right or wrong in words and a mark, large: the map's green and red say it again, not alone.
        const QuizFeedback& f = *quiz.feedback();
        headline(text.get(f.correct ? "quiz.verdict_right" : "quiz.verdict_wrong"),
                 f.correct ? kRight : kWrong, s.quizShown, QuizShown::Screen::Verdict);
        if (!f.correct) {
            ImGui::TextUnformatted(
                text.format("quiz.answer_was", {names(atlas, q.answer, q.mapYear, text)}).c_str());
            if (!f.wrong.empty())
                ImGui::TextUnformatted(
                    text.format("quiz.not_right", {names(atlas, f.wrong, q.mapYear, text)}).c_str());
        }
        if (ImGui::Button(withId(text.get("quiz.next"), "next").c_str(), ImVec2(0, 40))) quiz.next();
    }
    ImGui::PopTextWrapPos();
}

} // namespace

sf::FloatRect teachPanel(TeachState& s, const Atlas& atlas, const Strings& text, PanelArea area,
                         UiIntent& intent, float width) {
    ImGui::SetNextWindowPos(ImVec2(10.0F, area.height - kTimelinePanelHeight - 10.0F), ImGuiCond_Always,
                            ImVec2(0.0F, 1.0F));
    ImGui::SetNextWindowSize(ImVec2(width, 0.0F), ImGuiCond_Always);
    bool open = true;
    sf::FloatRect box;
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
                ImGui::TextWrapped("%s", text.get("teach.alluvial_title").c_str());
                ImGui::TextWrapped("%s", text.get("teach.lineage_hint").c_str());
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem(withId(text.get("teach.quiz"), "quiz").c_str(), nullptr,
                                    tab(TeachTool::Quiz))) {
                s.tool = TeachTool::Quiz;
                quizPanel(s, atlas, text);
                ImGui::EndTabItem();
            }
            ImGui::EndTabBar();
        }
    }
    box = {ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowSize().x,
           ImGui::GetWindowSize().y};
    ImGui::End();
    if (!open) intent.showTeach = false; // its close button ends teaching
    return box;
}

} // namespace app
