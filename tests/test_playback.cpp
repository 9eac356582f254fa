// Playback: time comes in from outside, so stepping and playing are plain arithmetic.
#include "playback.hpp"

#include <gtest/gtest.h>

TEST(Playback, PlaysAtTheSetSpeedAndStopsAtTheEnd) {
    app::Playback p(1900, 2009, {1952, 1971});
    p.setPlaying(true);
    p.advance(2.0); // 5 years a second
    EXPECT_EQ(p.year(), 1910);
    p.advance(100.0);
    EXPECT_EQ(p.year(), 2009);
    EXPECT_FALSE(p.playing());
}

TEST(Playback, PausedPlaybackDoesNotMove) {
    app::Playback p(1900, 2009, {});
    p.advance(10.0);
    EXPECT_EQ(p.year(), 1900);
}

TEST(Playback, StepsVisitEveryChangeYearInOrder) {
    app::Playback p(1900, 2009, {1999, 1952, 1971, 1974, 1983});
    std::vector<int> seen;
    for (int i = 0; i < 6; ++i) {
        p.stepForward();
        seen.push_back(p.year());
    }
    EXPECT_EQ(seen, (std::vector<int>{1952, 1971, 1974, 1983, 1999, 2009}));
    p.stepBackward();
    EXPECT_EQ(p.year(), 1999);
    p.seek(1960);
    p.stepBackward();
    EXPECT_EQ(p.year(), 1952);
    p.stepBackward();
    EXPECT_EQ(p.year(), 1900);
}

TEST(Playback, ChangesBeforeTheShownRangeAreIgnored) {
    app::Playback p(1900, 2009, {1863, 1913});
    p.stepForward();
    EXPECT_EQ(p.year(), 1913);
}

TEST(Playback, PlayAtTheEndStartsAgain) {
    app::Playback p(1900, 2009, {});
    p.seek(2009);
    p.togglePlay();
    EXPECT_TRUE(p.playing());
    EXPECT_EQ(p.year(), 1900);
}

TEST(Playback, SeekIsClampedToTheRange) {
    app::Playback p(1900, 2009, {});
    p.seek(1800);
    EXPECT_EQ(p.year(), 1900);
    p.seek(3000);
    EXPECT_EQ(p.year(), 2009);
}
