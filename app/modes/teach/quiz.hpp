#pragma once
// A quiz made from the lineage graph, answered by tapping units on the map:
// "Vilka kommuner bildade Haninge 1971?" — tap Österhaninge and Västerhaninge on the 1970 map.
#include "geodata/dataset.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace app {

struct QuizQuestion {
    enum class Kind {
        WhichFormed,    // the units that came together to form `subject`
        WhichBrokeAway, // the unit that split from `subject`
    };
    Kind kind = Kind::WhichFormed;
    int year = 0;                 // the year of the change
    std::string subject;          // unit name in the question
    int mapYear = 0;              // the map to tap on: the year before (formed) or the year of (broke away)
    std::set<std::string> answer; // unit codes valid in mapYear
};

/// Every question the data supports, ordered by year. Deterministic: same data, same quiz.
[[nodiscard]] std::vector<QuizQuestion> generateQuiz(const geodata::Dataset& dataset);

struct QuizFeedback {
    bool correct = false;
    std::set<std::string> missed; // right units not chosen
    std::set<std::string> wrong;  // chosen units that are not right
};

class QuizSession {
  public:
    explicit QuizSession(std::vector<QuizQuestion> questions);

    [[nodiscard]] bool finished() const { return m_index >= m_questions.size(); }
    [[nodiscard]] const QuizQuestion& current() const { return m_questions.at(m_index); }
    [[nodiscard]] size_t index() const { return m_index; }
    [[nodiscard]] size_t count() const { return m_questions.size(); }
    [[nodiscard]] int score() const { return m_score; }
    [[nodiscard]] const std::set<std::string>& chosen() const { return m_chosen; }
    [[nodiscard]] const std::optional<QuizFeedback>& feedback() const { return m_feedback; }
    /// One entry per question moved past: whether it was answered right (a skipped one was not).
    [[nodiscard]] const std::vector<bool>& results() const { return m_results; }
    [[nodiscard]] const std::vector<QuizQuestion>& questions() const { return m_questions; }

    /// A tap on a unit: chooses it, or un-chooses it when chosen. Ignored once answered.
    void toggle(const std::string& code);
    /// Checks the chosen units against the answer; scores a point when exactly right.
    const QuizFeedback& submit();
    void next();

  private:
    std::vector<QuizQuestion> m_questions;
    size_t m_index = 0;
    int m_score = 0;
    std::set<std::string> m_chosen;
    std::optional<QuizFeedback> m_feedback;
    std::vector<bool> m_results;
};

} // namespace app
