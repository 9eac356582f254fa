// Playback: time comes in from outside, so playing, stepping and transitions are plain arithmetic.
#include "bundled_dataset.hpp"
#include "geodata/playback.hpp"

#include <gtest/gtest.h>
#include <set>

namespace {

// Plays from start to end with a fixed frame time; returns every change year whose transition was shown.
std::set<int> yearsTransitionedTo(geodata::Playback& p, double dt) {
    std::set<int> seen;
    p.setPlaying(true);
    for (int frame = 0; frame < 100000 && p.playing(); ++frame) {
        p.advance(dt);
        if (auto t = p.transition()) seen.insert(t->toYear);
    }
    return seen;
}

} // namespace

TEST(Playback, PlaysAtTheSetSpeedAndStopsAtTheEnd) {
    geodata::Playback p(1900, 2009, {});
    p.tempo.yearsPerSecond = 5.0;
    p.setPlaying(true);
    p.advance(2.0);
    EXPECT_EQ(p.year(), 1910);
    p.advance(100.0);
    EXPECT_EQ(p.year(), 2009);
    EXPECT_FALSE(p.playing());
}

TEST(Playback, PausedPlaybackDoesNotMove) {
    geodata::Playback p(1900, 2009, {1952});
    p.advance(10.0);
    EXPECT_EQ(p.year(), 1900);
}

TEST(Playback, EveryChangeIsShownEvenAtFiftyYearsASecond) {
    const std::vector<int> changes = fixtures::bundledDataset().changeYears();
    geodata::Playback p(1900, 2009, changes);
    p.tempo.yearsPerSecond = 50.0;
    const std::set<int> seen = yearsTransitionedTo(p, 1.0 / 30.0);
    for (int year : changes) {
        if (year > 1900 && year <= 2009) {
            EXPECT_TRUE(seen.count(year)) << "change " << year << " skipped";
        }
    }
}

TEST(Playback, EveryChangeIsShownEvenWithHugeFrameSteps) {
    geodata::Playback p(1900, 2009, {1952, 1971, 1974});
    const std::set<int> seen = yearsTransitionedTo(p, 0.2);
    EXPECT_EQ(seen, (std::set<int>{1952, 1971, 1974}));
}

TEST(Playback, TransitionProgressRunsFromZeroToOneThenHolds) {
    geodata::Playback p(1900, 2009, {1910});
    p.tempo.yearsPerSecond = 10.0;
    p.setPlaying(true);
    p.advance(1.0 + p.tempo.transitionSeconds / 2); // reach 1910, then half the cross-fade
    ASSERT_TRUE(p.transition().has_value());
    EXPECT_EQ(p.transition()->fromYear, 1909);
    EXPECT_EQ(p.transition()->toYear, 1910);
    EXPECT_NEAR(p.transition()->progress, 0.5, 1e-6);
    EXPECT_EQ(p.year(), 1910);
    p.advance(p.tempo.transitionSeconds / 2 + p.tempo.changeHoldSeconds / 2); // inside the hold
    EXPECT_FALSE(p.transition().has_value());
    EXPECT_EQ(p.year(), 1910);
    p.advance(p.tempo.changeHoldSeconds / 2 + 0.5); // hold over, five more years
    EXPECT_EQ(p.year(), 1915);
}

TEST(Playback, DefaultTempoPlaysTheCenturyInAboutThirtySeconds) {
    geodata::Playback p(1900, 2009, fixtures::bundledDataset().changeYears(),
                        {1964, 1969, 1972, 1982, 1993, 2004, 2007, 2008});
    EXPECT_GT(p.fullRunSeconds(), 25.0);
    EXPECT_LT(p.fullRunSeconds(), 35.0);
    double played = 0.0;
    p.setPlaying(true);
    while (p.playing() && played < 100.0) {
        p.advance(1.0 / 60.0);
        played += 1.0 / 60.0;
    }
    EXPECT_NEAR(played, p.fullRunSeconds(), 0.1);
}

TEST(Playback, StepsVisitEveryChangeYearInOrderAndAnimate) {
    geodata::Playback p(1900, 2009, {1999, 1952, 1971, 1974, 1983});
    std::vector<int> seen;
    for (int i = 0; i < 6; ++i) {
        p.stepForward();
        seen.push_back(p.year());
        if (p.year() != 2009) {
            EXPECT_TRUE(p.transition().has_value());
        }
    }
    EXPECT_EQ(seen, (std::vector<int>{1952, 1971, 1974, 1983, 1999, 2009}));
    p.stepBackward();
    EXPECT_EQ(p.year(), 1999);
    p.seek(1960);
    EXPECT_FALSE(p.transition().has_value());
    p.stepBackward();
    EXPECT_EQ(p.year(), 1952);
    p.stepBackward();
    EXPECT_EQ(p.year(), 1900);
}

TEST(Playback, ChangesOutsideTheShownRangeAreIgnored) {
    geodata::Playback p(1900, 2009, {1863, 1913});
    p.stepForward();
    EXPECT_EQ(p.year(), 1913);
}

TEST(Playback, PlayAtTheEndStartsAgain) {
    geodata::Playback p(1900, 2009, {});
    p.seek(2009);
    p.togglePlay();
    EXPECT_TRUE(p.playing());
    EXPECT_EQ(p.year(), 1900);
}

TEST(Playback, SeekIsClampedToTheRange) {
    geodata::Playback p(1900, 2009, {});
    p.seek(1800);
    EXPECT_EQ(p.year(), 1900);
    p.seek(3000);
    EXPECT_EQ(p.year(), 2009);
}
