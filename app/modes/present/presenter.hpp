#pragma once
// Presenter mode (--present) as a state machine: which scene is showing, whether the screen is blacked
// out, the talk's clock and whether the on-screen controls show. No window and no clock here: keys,
// frame time and the current time come in as arguments, so the window code only translates events and
// the behaviour is tested without a display. The scenes themselves live elsewhere (story.hpp); the
// presenter only needs their count.
#include <SFML/Window/Keyboard.hpp>
#include <optional>

namespace app {

/// What a presentation clicker (or the keyboard) asks for.
enum class PresenterKey { Next, Previous, First, Last, Blank, ToggleFullscreen, ResetClock, Leave };

/// The clicker's keys: PgDn, → and Space next; PgUp and ← previous; Home and End; B and . black the
/// screen (the two keys clickers send for their "blank" button); F fullscreen; R sets the talk's clock back
/// to 0:00 (it starts again at the next advance); Esc leaves presenting.
/// Every other key: nullopt, so the app can use it for something else.
[[nodiscard]] std::optional<PresenterKey> presenterKeyFor(sf::Keyboard::Key key);

struct PresenterTiming {
    double controlsHideSeconds = 3.0; // after the last mouse move the controls fade out again
};

class Presenter {
  public:
    /// `sceneCount` may be 0 (a story that failed to load): navigation then does nothing.
    explicit Presenter(int sceneCount, PresenterTiming timing = {}, bool startFullscreen = true);

    /// One clicker key.
    /// - Next/Previous/First/Last move between scenes and stop at the ends (a clicker pressed once too
    ///   often must not wrap around to the title scene in front of an audience).
    /// - Blank blacks the screen; pressed again it shows the scene again.
    /// - While blacked out, a navigation key only brings the picture back and does not move: that is
    ///   what PowerPoint and Impress do, and a speaker who blanked to talk expects to resume where
    ///   they were, not one scene further.
    /// - ToggleFullscreen flips fullscreen() and leaves the blank as it is.
    /// - ResetClock sets the talk's clock to 0:00 and stops it until the next advance (after a rehearsal).
    /// - Leave sets leaveRequested() and lifts the blank, so the app behind it is not black.
    void press(PresenterKey key);
    /// Jumps to a scene (story browser, the speaker window), clamped; lifts the blank.
    void goTo(int scene);
    /// The story was loaded again (a curator edited the data during the talk): the presentation goes
    /// on at the same scene, clamped if the story got shorter, with its blank and clock as they were.
    /// The app shows the (possibly edited) scene again itself, without a glide.
    void setSceneCount(int sceneCount);

    /// Frame time for the talk's clock. The clock stands at 0:00 until the first advance to another scene
    /// (the speaker may open the presentation long before the talk), then runs, also while blacked out
    /// (the talk goes on).
    void advance(double dt);
    /// The clock back to 0:00, standing until the next advance (key R).
    void resetClock() {
        m_elapsed = 0;
        m_clockRunning = false;
    }
    [[nodiscard]] bool clockRunning() const { return m_clockRunning; }

    /// The mouse moved at time `now` (any clock, the same one as controlsVisible's).
    void pointerMoved(double now);
    /// Controls show only after the mouse moved, and hide again controlsHideSeconds after the last
    /// move, so the audience sees the map and not the UI.
    [[nodiscard]] bool controlsVisible(double now) const;

    [[nodiscard]] int scene() const { return m_scene; }
    [[nodiscard]] int sceneCount() const { return m_count; }
    /// The scene after this one, for the speaker window; nullopt on the last.
    [[nodiscard]] std::optional<int> nextScene() const;
    [[nodiscard]] bool atFirst() const { return m_scene == 0; }
    [[nodiscard]] bool atLast() const { return m_count == 0 || m_scene == m_count - 1; }
    [[nodiscard]] bool blanked() const { return m_blanked; }
    [[nodiscard]] bool leaveRequested() const { return m_leave; }
    /// Whether the presenter wants the window fullscreen; the app applies it when it differs.
    [[nodiscard]] bool fullscreen() const { return m_fullscreen; }
    [[nodiscard]] double elapsedSeconds() const { return m_elapsed; }

    /// True once after the scene changed (by a key or goTo), and once at the start when there are
    /// scenes, so the app applies a scene's year, camera and highlights exactly once.
    [[nodiscard]] bool takeSceneChanged();

  private:
    void moveTo(int scene);

    PresenterTiming m_timing;
    int m_count;
    int m_scene = 0;
    bool m_blanked = false;
    bool m_leave = false;
    bool m_fullscreen;
    bool m_sceneChanged = false;
    double m_elapsed = 0;
    bool m_clockRunning = false; // from the first advance on
    std::optional<double> m_lastPointerMove;
};

} // namespace app
