// Kiosk mode: the idle timeouts with an injected clock, and exit protection (ignored keys, admin chord +
// PIN). The heartbeat file: test_heartbeat.cpp.
#include "bundled_dataset.hpp"
#include "modes/kiosk/admin_gate.hpp"
#include "modes/kiosk/heartbeat.hpp"
#include "modes/kiosk/kiosk_session.hpp"

#include <gtest/gtest.h>
#include <string>

using app::AdminGate;
using app::AdminGateState;
using app::KioskSession;
using app::KioskState;

namespace {

// A kiosk a visitor has just started using.
KioskSession interactiveSession() {
    KioskSession s;
    (void)s.input();
    (void)s.takeEnteredInteractive();
    return s;
}

sf::Event keyEvent(sf::Event::EventType type, sf::Keyboard::Key code, bool alt = false) {
    sf::Event e{};
    e.type = type;
    e.key.code = code;
    e.key.alt = alt;
    return e;
}

// The chord with the default modifiers, Ctrl+Alt+Shift+K.
bool pressChord(AdminGate& gate) { return gate.keyPressed(true, true, true, sf::Keyboard::K); }

void typeDigits(AdminGate& gate, const std::string& digits) {
    for (char c : digits)
        gate.keyPressed(false, false, false, static_cast<sf::Keyboard::Key>(sf::Keyboard::Num0 + (c - '0')));
}

void enterPin(AdminGate& gate, const std::string& digits) {
    pressChord(gate);
    typeDigits(gate, digits);
    gate.keyPressed(false, false, false, sf::Keyboard::Enter);
}

} // namespace

TEST(KioskSession, StartsInTheAttractLoopAndTheFirstTouchEntersTheMap) {
    KioskSession s;
    EXPECT_EQ(s.state(), KioskState::Attract);
    EXPECT_FALSE(s.takeEnteredInteractive());
    EXPECT_TRUE(s.input()) << "the waking touch is not passed on to the map";
    EXPECT_EQ(s.state(), KioskState::Interactive);
    EXPECT_TRUE(s.takeEnteredInteractive());
    EXPECT_FALSE(s.takeEnteredInteractive()) << "one-shot";
    EXPECT_FALSE(s.input()) << "later touches go to the map";
    EXPECT_FALSE(s.takeEnteredInteractive());
}

TEST(KioskSession, NoCountdownBeforeTheIdleTimeout) {
    KioskSession s = interactiveSession();
    s.advance(59.9);
    EXPECT_EQ(s.state(), KioskState::Interactive);
    EXPECT_NEAR(s.idleSeconds(), 59.9, 1e-9);
    EXPECT_DOUBLE_EQ(s.countdownRemaining(), 0);
}

TEST(KioskSession, CountdownStartsAtSixtySeconds) {
    KioskSession s = interactiveSession();
    s.advance(30);
    s.advance(30);
    EXPECT_EQ(s.state(), KioskState::StillThere);
    EXPECT_DOUBLE_EQ(s.countdownRemaining(), 10);
    s.advance(4);
    EXPECT_DOUBLE_EQ(s.countdownRemaining(), 6);
}

TEST(KioskSession, CountdownAtSixtySecondsInSmallFrames) {
    KioskSession s = interactiveSession();
    for (int frame = 0; frame < 599; ++frame) s.advance(0.1); // 59.9 s
    EXPECT_EQ(s.state(), KioskState::Interactive);
    s.advance(0.2);
    EXPECT_EQ(s.state(), KioskState::StillThere);
}

TEST(KioskSession, InputRestartsTheIdleTimer) {
    KioskSession s = interactiveSession();
    s.advance(50);
    EXPECT_FALSE(s.input());
    s.advance(50);
    EXPECT_EQ(s.state(), KioskState::Interactive);
}

TEST(KioskSession, InputDuringTheCountdownReturnsToTheMap) {
    KioskSession s = interactiveSession();
    s.advance(65);
    ASSERT_EQ(s.state(), KioskState::StillThere);
    EXPECT_TRUE(s.input()) << "the touch answering \"Är du kvar?\" does not reach the map";
    EXPECT_EQ(s.state(), KioskState::Interactive);
    EXPECT_FALSE(s.takeEnteredInteractive()) << "the visitor never left; the map keeps its state";
    EXPECT_FALSE(s.takeReset());
    s.advance(59);
    EXPECT_EQ(s.state(), KioskState::Interactive) << "a full idle period again before the next countdown";
}

TEST(KioskSession, BackToAttractAfterSeventySecondsWithOneReset) {
    KioskSession s = interactiveSession();
    s.advance(60);
    s.advance(9.9);
    EXPECT_EQ(s.state(), KioskState::StillThere);
    EXPECT_FALSE(s.takeReset());
    s.advance(0.1);
    EXPECT_EQ(s.state(), KioskState::Attract);
    EXPECT_TRUE(s.takeReset());
    EXPECT_FALSE(s.takeReset()) << "one-shot";
    EXPECT_DOUBLE_EQ(s.countdownRemaining(), 0);
}

TEST(KioskSession, OneLongFrameGoesThroughBothSteps) {
    KioskSession s = interactiveSession();
    s.advance(70); // the PC was suspended
    EXPECT_EQ(s.state(), KioskState::Attract);
    EXPECT_TRUE(s.takeReset());
}

TEST(KioskSession, TimersDoNotRunDuringTheAttractLoop) {
    KioskSession s;
    for (int hour = 0; hour < 12; ++hour) s.advance(3600);
    EXPECT_EQ(s.state(), KioskState::Attract);
    EXPECT_FALSE(s.takeReset()) << "no reset loop while nobody is there";

    // After a reset, too: the attract loop plays on however long nobody comes.
    KioskSession t = interactiveSession();
    t.advance(70);
    ASSERT_TRUE(t.takeReset());
    t.advance(5 * 3600);
    EXPECT_EQ(t.state(), KioskState::Attract);
    EXPECT_FALSE(t.takeReset());
    EXPECT_TRUE(t.input());
    EXPECT_TRUE(t.takeEnteredInteractive());
    t.advance(59);
    EXPECT_EQ(t.state(), KioskState::Interactive) << "the idle timer starts from the waking touch";
}

TEST(KioskSession, ConfiguredTimeouts) {
    KioskSession s({.idleSeconds = 20, .countdownSeconds = 5});
    (void)s.input();
    s.advance(19);
    EXPECT_EQ(s.state(), KioskState::Interactive);
    s.advance(1);
    EXPECT_EQ(s.state(), KioskState::StillThere);
    EXPECT_DOUBLE_EQ(s.countdownRemaining(), 5);
    s.advance(5);
    EXPECT_EQ(s.state(), KioskState::Attract);
}

TEST(KioskExit, IgnoresTheCloseButtonEscapeAndAltF4) {
    sf::Event closed{};
    closed.type = sf::Event::Closed;
    EXPECT_TRUE(app::kioskIgnores(closed));
    EXPECT_TRUE(app::kioskIgnores(keyEvent(sf::Event::KeyPressed, sf::Keyboard::Escape)));
    EXPECT_TRUE(app::kioskIgnores(keyEvent(sf::Event::KeyReleased, sf::Keyboard::Escape)));
    EXPECT_TRUE(app::kioskIgnores(keyEvent(sf::Event::KeyPressed, sf::Keyboard::F4, true)));
}

TEST(KioskExit, OtherEventsGoThrough) {
    EXPECT_FALSE(app::kioskIgnores(keyEvent(sf::Event::KeyPressed, sf::Keyboard::F4)));
    EXPECT_FALSE(app::kioskIgnores(keyEvent(sf::Event::KeyPressed, sf::Keyboard::Space)));
    sf::Event touch{};
    touch.type = sf::Event::TouchBegan;
    EXPECT_FALSE(app::kioskIgnores(touch));
    sf::Event click{};
    click.type = sf::Event::MouseButtonPressed;
    EXPECT_FALSE(app::kioskIgnores(click));
}

TEST(AdminGate, TheChordAndTheRightPinAllowExit) {
    AdminGate gate("2468");
    EXPECT_TRUE(pressChord(gate));
    EXPECT_TRUE(gate.promptOpen());
    typeDigits(gate, "246");
    EXPECT_EQ(gate.digitsTyped(), 3u);
    EXPECT_FALSE(gate.exitAllowed());
    EXPECT_TRUE(gate.keyPressed(false, false, false, sf::Keyboard::Numpad8)) << "numpad digits count";
    EXPECT_TRUE(gate.keyPressed(false, false, false, sf::Keyboard::Enter));
    EXPECT_TRUE(gate.exitAllowed());
}

TEST(AdminGate, DigitsWithoutTheChordDoNothing) {
    AdminGate gate("2468");
    for (sf::Keyboard::Key key : {sf::Keyboard::Num2, sf::Keyboard::Num4, sf::Keyboard::Num6,
                                  sf::Keyboard::Num8, sf::Keyboard::Enter})
        EXPECT_FALSE(gate.keyPressed(false, false, false, key)) << "passed on to the app";
    EXPECT_EQ(gate.state(), AdminGateState::Closed);
    EXPECT_FALSE(gate.exitAllowed());
}

TEST(AdminGate, TheChordNeedsAllThreeModifiers) {
    AdminGate gate("2468");
    EXPECT_FALSE(gate.keyPressed(true, true, false, sf::Keyboard::K));
    EXPECT_FALSE(gate.keyPressed(true, false, true, sf::Keyboard::K));
    EXPECT_FALSE(gate.keyPressed(false, true, true, sf::Keyboard::K));
    EXPECT_FALSE(gate.keyPressed(false, false, false, sf::Keyboard::K));
    EXPECT_FALSE(gate.keyPressed(true, true, true, sf::Keyboard::L));
    EXPECT_FALSE(gate.promptOpen());
}

TEST(AdminGate, AConfiguredChord) {
    AdminGate gate("1234", {.ctrl = true, .alt = false, .shift = true, .key = sf::Keyboard::Q});
    EXPECT_FALSE(pressChord(gate));
    EXPECT_TRUE(gate.keyPressed(true, false, true, sf::Keyboard::Q));
    EXPECT_TRUE(gate.promptOpen());
}

TEST(AdminGate, AWrongPinClosesThePrompt) {
    AdminGate gate("2468");
    enterPin(gate, "1357");
    EXPECT_FALSE(gate.exitAllowed());
    EXPECT_EQ(gate.state(), AdminGateState::Closed);
    EXPECT_TRUE(gate.lastPinWrong());
    EXPECT_EQ(gate.wrongTries(), 1);
    enterPin(gate, "24680"); // the right PIN with one digit too many is wrong
    EXPECT_FALSE(gate.exitAllowed());
    enterPin(gate, "2468");
    EXPECT_TRUE(gate.exitAllowed());
}

TEST(AdminGate, LockedOutAfterThreeWrongPins) {
    AdminGate gate("2468");
    enterPin(gate, "1111");
    enterPin(gate, "2222");
    EXPECT_EQ(gate.state(), AdminGateState::Closed);
    enterPin(gate, "3333");
    EXPECT_EQ(gate.state(), AdminGateState::LockedOut);
    EXPECT_DOUBLE_EQ(gate.lockoutRemaining(), 30);

    EXPECT_TRUE(pressChord(gate)) << "swallowed, but it opens nothing";
    EXPECT_FALSE(gate.promptOpen());
    enterPin(gate, "2468");
    EXPECT_FALSE(gate.exitAllowed()) << "not even the right PIN during the lockout";

    gate.advance(29.5);
    EXPECT_EQ(gate.state(), AdminGateState::LockedOut);
    gate.advance(0.5);
    EXPECT_EQ(gate.state(), AdminGateState::Closed);
    EXPECT_EQ(gate.wrongTries(), 0) << "three fresh tries after the lockout";
    enterPin(gate, "2468");
    EXPECT_TRUE(gate.exitAllowed());
}

// The staff's box says what is going on: after a wrong PIN how many tries are left and how long the lock-out
// will be, during the lock-out how long is left; in both languages.
TEST(AdminGate, AWrongPinSaysTheTriesLeftAndTheLockoutTime) {
    const app::Strings sv = fixtures::bundledStrings(app::Language::Swedish);
    const app::Strings en = fixtures::bundledStrings(app::Language::English);
    AdminGate gate("2468");
    EXPECT_EQ(app::adminGateMessage(gate, sv), "");
    pressChord(gate);
    EXPECT_EQ(app::adminGateMessage(gate, sv), "Ange PIN-kod");
    enterPin(gate, "1111");
    EXPECT_EQ(gate.triesLeft(), 2);
    EXPECT_EQ(app::adminGateMessage(gate, sv), "Fel kod – 2 försök kvar, sedan låst i 30 s");
    EXPECT_EQ(app::adminGateMessage(gate, en), "Wrong code – 2 tries left, then locked for 30 s");
    enterPin(gate, "2222");
    EXPECT_EQ(app::adminGateMessage(gate, sv), "Fel kod – 1 försök kvar, sedan låst i 30 s");
    enterPin(gate, "3333");
    gate.advance(12.2);
    EXPECT_EQ(app::adminGateMessage(gate, sv), "För många fel – låst, försök igen om 18 s");
    EXPECT_EQ(app::adminGateMessage(gate, en), "Too many wrong codes – locked, try again in 18 s");
}

TEST(AdminGate, EscapeCancelsThePrompt) {
    AdminGate gate("2468");
    pressChord(gate);
    typeDigits(gate, "24");
    EXPECT_TRUE(gate.keyPressed(false, false, false, sf::Keyboard::Escape));
    EXPECT_EQ(gate.state(), AdminGateState::Closed);
    EXPECT_EQ(gate.wrongTries(), 0) << "cancelling is not a wrong try";
    typeDigits(gate, "68");
    gate.keyPressed(false, false, false, sf::Keyboard::Enter);
    EXPECT_FALSE(gate.exitAllowed()) << "the digits before Esc are forgotten";
}

TEST(AdminGate, BackspaceRemovesADigitAndOtherKeysAreSwallowed) {
    AdminGate gate("2468");
    pressChord(gate);
    typeDigits(gate, "249");
    EXPECT_TRUE(gate.keyPressed(false, false, false, sf::Keyboard::Backspace));
    EXPECT_TRUE(gate.keyPressed(false, false, false, sf::Keyboard::A)) << "no key reaches the map";
    typeDigits(gate, "68");
    gate.keyPressed(false, false, false, sf::Keyboard::Enter);
    EXPECT_TRUE(gate.exitAllowed());
}

TEST(AdminGate, EnterWithNothingTypedIsNoTryAndAnEmptyPinNeverOpens) {
    AdminGate gate("2468");
    pressChord(gate);
    gate.keyPressed(false, false, false, sf::Keyboard::Enter);
    EXPECT_TRUE(gate.promptOpen());
    EXPECT_EQ(gate.wrongTries(), 0);

    AdminGate noPin("");
    enterPin(noPin, "");
    EXPECT_FALSE(noPin.exitAllowed());
}

TEST(AdminGate, AnAbandonedPromptClosesByItself) {
    AdminGate gate("2468");
    pressChord(gate);
    gate.advance(20);
    typeDigits(gate, "2"); // typing keeps it open
    gate.advance(20);
    EXPECT_TRUE(gate.promptOpen());
    gate.advance(10);
    EXPECT_FALSE(gate.promptOpen());
}
