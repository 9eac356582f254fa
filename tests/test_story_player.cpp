// Story scenes on the playback (presenter, attract loop, story video), Playback::playTo, camera glides.
#include "direction/camera_glide.hpp"
#include "direction/story_player.hpp"
#include "geodata/playback.hpp"

#include <cmath>
#include <gtest/gtest.h>

namespace {

app::Story twoScenes() {
    app::Story story;
    app::Scene first;
    first.id = "a";
    first.fromYear = first.toYear = 1900;
    first.holdSeconds = 2;
    app::Scene second;
    second.id = "b";
    second.fromYear = 1950;
    second.toYear = 1971;
    second.yearsPerSecond = 7;
    story.scenes = {first, second};
    return story;
}

TEST(Playback, PlayToStopsAtTheYearAfterItsChange) {
    geodata::Playback playback(1900, 2000, {1952, 1971});
    playback.playTo(1960);
    for (int i = 0; i < 200; ++i) playback.advance(0.1);
    EXPECT_EQ(playback.year(), 1960);
    EXPECT_FALSE(playback.playing());
    playback.setPlaying(true); // plays on to the end again
    for (int i = 0; i < 200; ++i) playback.advance(0.1);
    EXPECT_EQ(playback.year(), 2000);
}

TEST(StoryPlayer, PlaysASceneAtItsTempoThenHolds) {
    const app::Story story = twoScenes();
    app::StoryPlayer player(story);
    geodata::Playback playback(1900, 2000, {1952, 1971});
    const double defaultTempo = playback.tempo.yearsPerSecond;

    player.start(1, playback);
    EXPECT_EQ(playback.year(), 1950);
    EXPECT_DOUBLE_EQ(playback.tempo.yearsPerSecond, 7);
    double seconds = 0;
    while (!player.finished() && seconds < 60) {
        playback.advance(0.05);
        player.advance(0.05, playback);
        seconds += 0.05;
    }
    ASSERT_TRUE(player.finished());
    EXPECT_EQ(playback.year(), 1971);
    // 21 years at 7 a second, two changes (transition + hold each), then the default hold.
    const double expected = 21.0 / 7 +
                            2 * (playback.tempo.transitionSeconds + playback.tempo.changeHoldSeconds) +
                            app::StoryPlayer::kDefaultHoldSeconds;
    EXPECT_NEAR(seconds, expected, 0.2);

    player.startNextLooping(playback); // after the last scene: the first again, with the default tempo
    EXPECT_EQ(player.scene(), 0U);
    EXPECT_EQ(playback.year(), 1900);
    EXPECT_DOUBLE_EQ(playback.tempo.yearsPerSecond, defaultTempo);
    for (int i = 0; i < 39; ++i) player.advance(0.05, playback);
    EXPECT_FALSE(player.finished());
    player.advance(0.06, playback);
    EXPECT_TRUE(player.finished()) << "a single-year scene holds its own holdSeconds";
}

TEST(StoryPlayer, EmptyStoryDoesNothing) {
    const app::Story story;
    app::StoryPlayer player(story);
    geodata::Playback playback(1900, 2000, {});
    playback.seek(1930);
    player.start(3, playback);
    player.advance(100, playback);
    EXPECT_FALSE(player.finished());
    EXPECT_EQ(playback.year(), 1930);
}

TEST(CameraGlide, ZoomsInLogSpaceAndEndsOnTheTarget) {
    render::Camera from, to, camera;
    from.set({0, 0}, 1.0);
    to.set({100, 50}, 16.0);
    app::CameraGlide glide;
    glide.start(from, to, 2.0);
    glide.advance(1.0, camera); // half-way: smoothstep(0.5) = 0.5
    EXPECT_NEAR(camera.scale(), 4.0, 1e-9) << "the geometric mean of 1 and 16";
    EXPECT_NEAR(camera.centre().x, 50, 1e-9);
    EXPECT_TRUE(glide.active());
    glide.advance(1.5, camera);
    EXPECT_DOUBLE_EQ(camera.scale(), 16.0);
    EXPECT_DOUBLE_EQ(camera.centre().y, 50);
    EXPECT_FALSE(glide.active());
}

} // namespace
