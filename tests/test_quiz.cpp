// The quiz is generated from the lineage graph and checked against it.
#include "bundled_dataset.hpp"
#include "modes/teach/quiz.hpp"

#include <gtest/gtest.h>

namespace {

std::set<std::string> codesOf(const std::set<std::string>& names, int year) {
    std::set<std::string> codes;
    for (const geodata::UnitVersion* u : fixtures::bundledDataset().unitsValidIn(year))
        if (names.count(u->name)) codes.insert(u->code);
    return codes;
}

const app::QuizQuestion* find(const std::vector<app::QuizQuestion>& qs, app::QuizQuestion::Kind kind,
                              const std::string& subject, int year) {
    for (const auto& q : qs)
        if (q.kind == kind && q.subject == subject && q.year == year) return &q;
    return nullptr;
}

} // namespace

TEST(Quiz, AsksWhichMunicipalitiesFormedHaninge) {
    const auto quiz = app::generateQuiz(fixtures::bundledDataset());
    const auto* q = find(quiz, app::QuizQuestion::Kind::WhichFormed, "Haninge", 1971);
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->mapYear, 1970);
    EXPECT_EQ(q->answer, codesOf({"Österhaninge", "Västerhaninge"}, 1970));
}

TEST(Quiz, AsksWhichMunicipalityBrokeAwayFromSodertalje) {
    const auto quiz = app::generateQuiz(fixtures::bundledDataset());
    const auto* q = find(quiz, app::QuizQuestion::Kind::WhichBrokeAway, "Södertälje", 1999);
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->answer, codesOf({"Nykvarn"}, 1999));
}

TEST(Quiz, EveryAnswerIsConsistentWithTheLineageGraph) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    const auto quiz = app::generateQuiz(ds);
    ASSERT_GE(quiz.size(), 8U);
    for (const auto& q : quiz) {
        for (const std::string& code : q.answer) {
            const geodata::UnitVersion* u = ds.versionOf(code, q.mapYear);
            ASSERT_NE(u, nullptr) << q.subject << " " << q.year << ": " << code << " not on the map of "
                                  << q.mapYear;
            if (q.kind == app::QuizQuestion::Kind::WhichFormed) {
                bool feedsSubject = false;
                for (const auto& link : ds.lineage.wentTo(u->id))
                    feedsSubject = feedsSubject || ds.units[static_cast<size_t>(link.to)].name == q.subject;
                EXPECT_TRUE(feedsSubject) << u->name << " does not lead to " << q.subject;
            }
        }
    }
}

TEST(Quiz, ScoresOnlyExactlyRightAnswers) {
    app::QuizSession session(app::generateQuiz(fixtures::bundledDataset()));
    const auto answer = session.current().answer;
    session.toggle("not-a-code");
    for (const auto& code : answer) session.toggle(code);
    const app::QuizFeedback wrong = session.submit();
    EXPECT_FALSE(wrong.correct);
    EXPECT_EQ(wrong.wrong, std::set<std::string>{"not-a-code"});
    EXPECT_EQ(session.score(), 0);
    session.next();
    for (const auto& code : session.current().answer) session.toggle(code);
    EXPECT_TRUE(session.submit().correct);
    EXPECT_EQ(session.score(), 1);
    session.toggle("late"); // answered: taps change nothing
    EXPECT_EQ(session.chosen(), session.current().answer);
}
