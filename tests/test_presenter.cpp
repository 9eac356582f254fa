// Presenter mode: scene navigation, blank screen and the controls' visibility as a plain state machine.
#include "modes/present/presenter.hpp"

#include <gtest/gtest.h>

using app::Presenter;
using app::PresenterKey;

TEST(Presenter, EveryClickerKeyIsMapped) {
    EXPECT_EQ(app::presenterKeyFor(sf::Keyboard::PageDown), PresenterKey::Next);
    EXPECT_EQ(app::presenterKeyFor(sf::Keyboard::Right), PresenterKey::Next);
    EXPECT_EQ(app::presenterKeyFor(sf::Keyboard::Space), PresenterKey::Next);
    EXPECT_EQ(app::presenterKeyFor(sf::Keyboard::PageUp), PresenterKey::Previous);
    EXPECT_EQ(app::presenterKeyFor(sf::Keyboard::Left), PresenterKey::Previous);
    EXPECT_EQ(app::presenterKeyFor(sf::Keyboard::Home), PresenterKey::First);
    EXPECT_EQ(app::presenterKeyFor(sf::Keyboard::End), PresenterKey::Last);
    EXPECT_EQ(app::presenterKeyFor(sf::Keyboard::B), PresenterKey::Blank);
    EXPECT_EQ(app::presenterKeyFor(sf::Keyboard::Period), PresenterKey::Blank);
    EXPECT_EQ(app::presenterKeyFor(sf::Keyboard::F), PresenterKey::ToggleFullscreen);
    EXPECT_EQ(app::presenterKeyFor(sf::Keyboard::Escape), PresenterKey::Leave);
}

TEST(Presenter, OtherKeysAreLeftToTheApp) {
    for (sf::Keyboard::Key key : {sf::Keyboard::A, sf::Keyboard::Up, sf::Keyboard::Down, sf::Keyboard::Enter,
                                  sf::Keyboard::Num1, sf::Keyboard::Comma, sf::Keyboard::Unknown})
        EXPECT_FALSE(app::presenterKeyFor(key).has_value()) << "key " << key;
}

TEST(Presenter, NextAndPreviousStopAtTheEnds) {
    Presenter p(3);
    EXPECT_EQ(p.scene(), 0);
    EXPECT_TRUE(p.atFirst());
    p.press(PresenterKey::Previous);
    EXPECT_EQ(p.scene(), 0) << "no wrap to the last scene";
    p.press(PresenterKey::Next);
    p.press(PresenterKey::Next);
    EXPECT_EQ(p.scene(), 2);
    EXPECT_TRUE(p.atLast());
    p.press(PresenterKey::Next);
    EXPECT_EQ(p.scene(), 2) << "no wrap to the title scene";
    p.press(PresenterKey::Previous);
    EXPECT_EQ(p.scene(), 1);
}

TEST(Presenter, HomeAndEndJumpToTheFirstAndLastScene) {
    Presenter p(5);
    p.press(PresenterKey::Last);
    EXPECT_EQ(p.scene(), 4);
    p.press(PresenterKey::First);
    EXPECT_EQ(p.scene(), 0);
}

TEST(Presenter, NextSceneForTheSpeakerWindow) {
    Presenter p(2);
    EXPECT_EQ(p.nextScene(), 1);
    p.press(PresenterKey::Next);
    EXPECT_FALSE(p.nextScene().has_value());
}

TEST(Presenter, BlankTogglesAndNavigationUnblanksWithoutMoving) {
    Presenter p(4);
    p.press(PresenterKey::Next);
    p.press(PresenterKey::Blank);
    EXPECT_TRUE(p.blanked());
    p.press(PresenterKey::Blank);
    EXPECT_FALSE(p.blanked()) << "B again shows the picture again";

    for (PresenterKey key :
         {PresenterKey::Next, PresenterKey::Previous, PresenterKey::First, PresenterKey::Last}) {
        p.press(PresenterKey::Blank);
        ASSERT_TRUE(p.blanked());
        p.press(key);
        EXPECT_FALSE(p.blanked());
        EXPECT_EQ(p.scene(), 1) << "the first key after a blank only brings the picture back";
    }
    p.press(PresenterKey::Next);
    EXPECT_EQ(p.scene(), 2) << "the next key moves again";
}

TEST(Presenter, FullscreenToggleKeepsTheBlank) {
    Presenter p(2);
    EXPECT_TRUE(p.fullscreen());
    p.press(PresenterKey::Blank);
    p.press(PresenterKey::ToggleFullscreen);
    EXPECT_FALSE(p.fullscreen());
    EXPECT_TRUE(p.blanked());
    p.press(PresenterKey::ToggleFullscreen);
    EXPECT_TRUE(p.fullscreen());
    EXPECT_FALSE(Presenter(2, {}, false).fullscreen());
}

TEST(Presenter, LeaveIsRequestedAndLiftsTheBlank) {
    Presenter p(2);
    EXPECT_FALSE(p.leaveRequested());
    p.press(PresenterKey::Blank);
    p.press(PresenterKey::Leave);
    EXPECT_TRUE(p.leaveRequested());
    EXPECT_FALSE(p.blanked());
}

TEST(Presenter, SceneChangeIsReportedOnce) {
    Presenter p(3);
    EXPECT_TRUE(p.takeSceneChanged()) << "the first scene is applied at the start";
    EXPECT_FALSE(p.takeSceneChanged());
    p.press(PresenterKey::Previous); // already at the first: nothing changes
    EXPECT_FALSE(p.takeSceneChanged());
    p.press(PresenterKey::Next);
    EXPECT_TRUE(p.takeSceneChanged());
    EXPECT_FALSE(p.takeSceneChanged());
    p.goTo(99);
    EXPECT_EQ(p.scene(), 2);
    EXPECT_TRUE(p.takeSceneChanged());
}

TEST(Presenter, GoToClampsAndUnblanks) {
    Presenter p(3);
    p.press(PresenterKey::Blank);
    p.goTo(-4);
    EXPECT_EQ(p.scene(), 0);
    EXPECT_FALSE(p.blanked());
}

TEST(Presenter, NoScenesMeansNavigationDoesNothing) {
    Presenter p(0);
    for (PresenterKey key :
         {PresenterKey::Next, PresenterKey::Previous, PresenterKey::First, PresenterKey::Last})
        p.press(key);
    p.goTo(3);
    EXPECT_EQ(p.scene(), 0);
    EXPECT_FALSE(p.takeSceneChanged());
    EXPECT_FALSE(p.nextScene().has_value());
    p.press(PresenterKey::Blank);
    EXPECT_TRUE(p.blanked()) << "blanking still works without a story";
}

TEST(Presenter, ElapsedTimeRunsFromTheFirstAdvanceAndWhileBlanked) {
    Presenter p(3);
    p.advance(600); // the presentation waits on its title scene before the talk: no time counted
    EXPECT_DOUBLE_EQ(p.elapsedSeconds(), 0);
    EXPECT_FALSE(p.clockRunning());
    p.press(PresenterKey::Next);
    EXPECT_TRUE(p.clockRunning());
    p.advance(1.5);
    p.press(PresenterKey::Blank);
    p.advance(2.0);
    p.advance(-5.0); // a clock hiccup does not rewind the talk
    EXPECT_DOUBLE_EQ(p.elapsedSeconds(), 3.5);
}

TEST(Presenter, TheResetKeySetsTheClockToZeroUntilTheNextAdvance) {
    EXPECT_EQ(app::presenterKeyFor(sf::Keyboard::R), PresenterKey::ResetClock);
    Presenter p(3);
    p.press(PresenterKey::Next);
    p.advance(90);
    p.press(PresenterKey::ResetClock); // after a rehearsal
    EXPECT_DOUBLE_EQ(p.elapsedSeconds(), 0);
    p.advance(30);
    EXPECT_DOUBLE_EQ(p.elapsedSeconds(), 0) << "the clock waits for the talk's first advance";
    p.goTo(0);
    p.advance(30);
    EXPECT_DOUBLE_EQ(p.elapsedSeconds(), 30) << "going to another scene starts it again";
    EXPECT_EQ(p.scene(), 0);
}

TEST(Presenter, ControlsHiddenUntilThePointerMoves) {
    Presenter p(2);
    EXPECT_FALSE(p.controlsVisible(0));
    EXPECT_FALSE(p.controlsVisible(1000));
    p.pointerMoved(100);
    EXPECT_TRUE(p.controlsVisible(100));
    EXPECT_TRUE(p.controlsVisible(102.9));
}

TEST(Presenter, ControlsHideAgainThreeSecondsAfterTheLastMove) {
    Presenter p(2);
    p.pointerMoved(10);
    EXPECT_FALSE(p.controlsVisible(13.0));
    p.pointerMoved(12);
    EXPECT_TRUE(p.controlsVisible(14.5)) << "each move restarts the three seconds";
    EXPECT_FALSE(p.controlsVisible(15.0));
    EXPECT_FALSE(p.controlsVisible(60));
    app::PresenterTiming slow;
    slow.controlsHideSeconds = 10;
    Presenter q(2, slow);
    q.pointerMoved(0);
    EXPECT_TRUE(q.controlsVisible(9));
}

TEST(Presenter, AStoryReloadKeepsTheSceneBlankAndClock) {
    Presenter p(5);
    (void)p.takeSceneChanged();
    p.goTo(3);
    (void)p.takeSceneChanged();
    p.press(PresenterKey::Blank);
    p.advance(42.0);
    p.setSceneCount(6);
    EXPECT_EQ(p.scene(), 3);
    EXPECT_TRUE(p.blanked());
    EXPECT_DOUBLE_EQ(p.elapsedSeconds(), 42.0);
    EXPECT_FALSE(p.takeSceneChanged()) << "the app shows the scene again itself, without a glide";
    p.setSceneCount(2); // the curator removed scenes: the last one left
    EXPECT_EQ(p.scene(), 1);
    EXPECT_TRUE(p.atLast());
    p.setSceneCount(0);
    EXPECT_EQ(p.scene(), 0);
    p.press(PresenterKey::Next); // nothing to move to, and no crash
    EXPECT_EQ(p.scene(), 0);
}
