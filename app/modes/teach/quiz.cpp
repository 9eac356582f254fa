#include "modes/teach/quiz.hpp"

#include <algorithm>

namespace app {

std::vector<QuizQuestion> generateQuiz(const geodata::Dataset& dataset) {
    std::vector<QuizQuestion> questions;
    for (const geodata::UnitVersion& u : dataset.units) {
        const auto sources = dataset.lineage.cameFrom(u.id);
        std::set<std::string> sourceCodes;
        for (const geodata::LineageLink& link : sources)
            sourceCodes.insert(dataset.units[static_cast<size_t>(link.from)].code);
        if (sourceCodes.size() >= 2) {
            questions.push_back(
                {QuizQuestion::Kind::WhichFormed, u.fromYear, u.name, u.fromYear - 1, sourceCodes});
            continue;
        }
        // A new code with one source that lives on: it broke away from that source.
        if (sourceCodes.size() == 1 && !sourceCodes.count(u.code)) {
            const std::string& sourceCode = *sourceCodes.begin();
            const geodata::UnitVersion* source = dataset.versionOf(sourceCode, u.fromYear);
            if (source)
                questions.push_back(
                    {QuizQuestion::Kind::WhichBrokeAway, u.fromYear, source->name, u.fromYear, {u.code}});
        }
    }
    std::stable_sort(questions.begin(), questions.end(),
                     [](const QuizQuestion& a, const QuizQuestion& b) { return a.year < b.year; });
    return questions;
}

QuizSession::QuizSession(std::vector<QuizQuestion> questions) : m_questions(std::move(questions)) {}

void QuizSession::toggle(const std::string& code) {
    if (m_feedback || finished()) return;
    if (!m_chosen.erase(code)) m_chosen.insert(code);
}

const QuizFeedback& QuizSession::submit() {
    if (m_feedback) return *m_feedback;
    QuizFeedback f;
    const std::set<std::string>& answer = current().answer;
    std::set_difference(answer.begin(), answer.end(), m_chosen.begin(), m_chosen.end(),
                        std::inserter(f.missed, f.missed.end()));
    std::set_difference(m_chosen.begin(), m_chosen.end(), answer.begin(), answer.end(),
                        std::inserter(f.wrong, f.wrong.end()));
    f.correct = f.missed.empty() && f.wrong.empty();
    if (f.correct) ++m_score;
    m_feedback = f;
    return *m_feedback;
}

void QuizSession::next() {
    if (finished()) return;
    m_results.push_back(m_feedback && m_feedback->correct);
    ++m_index;
    m_chosen.clear();
    m_feedback.reset();
}

} // namespace app
