#pragma once
// The whole app without a window. The shell owns what all modes share (data, words, the one playback, map
// choices, renderer, export under way, size) and hands events and time to the mode in charge. Each frame it
// applies what panels asked, builds one snapshot and draws it: window, soak and pixel tests take one path.
#include "content/story.hpp"
#include "export/export_job.hpp"
#include "frame/frame_builder.hpp"
#include "modes/mode.hpp"
#include "modes/present/speaker_info.hpp"
#include "render/imgui_sfml.hpp"
#include "shell/map_gestures.hpp"

#include <memory>
#include <optional>

namespace app {

struct ReloadResult;
class KioskSession;
class Presenter;
class TeachMode;

class AppShell final : private ShellServices {
  public:
    AppShell(std::shared_ptr<const Atlas> atlas, const Options& options, AppConfig config,
             std::vector<std::string> configProblems, sf::Vector2u size);
    ~AppShell() override;
    AppShell(const AppShell&) = delete;
    AppShell& operator=(const AppShell&) = delete;

    void handle(const sf::Event& event);          // a window event (or a simulated one)
    void handleSpeakerKey(sf::Keyboard::Key key); // the clicker, from the speaker window
    void request(const UiIntent& intent);         // what a panel would ask for (soak, tests)
    void update(double dt);                       // time passed, in seconds
    void draw(sf::RenderTarget& target);          // intents applied, one snapshot built and drawn
    void resize(sf::Vector2u size);

    /// New data: the year, view and language stay; a selection that no longer exists goes.
    void setAtlas(std::shared_ptr<const Atlas> atlas);
    /// A reload from the data watcher (shell_reload.cpp): accepted unless its story brings new problems.
    void applyReload(const ReloadResult& result);
    void addProblem(std::string problem) override;

    [[nodiscard]] AppMode mode() const { return m_mode->kind(); }
    [[nodiscard]] bool quitRequested() const { return m_quit; }
    [[nodiscard]] int exitCode() const { return m_exitCode; }
    [[nodiscard]] bool wantsFullscreen() const { return m_mode->wantsFullscreen(context()); }
    [[nodiscard]] bool cursorVisible() const { return m_mode->cursorVisible(); }
    [[nodiscard]] SpeakerInfo speakerInfo() const; // empty outside presenting
    [[nodiscard]] const Strings& strings() const { return m_strings; }
    [[nodiscard]] const geodata::Playback& playback() const { return *m_playback; }
    [[nodiscard]] const Story& story() const { return m_story; }
    [[nodiscard]] const MapChoices& choices() const { return m_choices; }
    [[nodiscard]] const std::vector<std::string>& problems() const { return m_problems; }
    [[nodiscard]] const std::shared_ptr<const Atlas>& atlas() const { return m_atlas; }
    [[nodiscard]] const render::SceneRenderer& scene() const { return *m_scene; }
    /// The snapshot the last frame was drawn from, and what was drawn over its map.
    [[nodiscard]] const render::SceneSnapshot& snapshot() const { return m_snapshot; }
    [[nodiscard]] const Overlays& overlays() const { return m_overlays; }
    /// The mode's own state (tests, the soak); throws std::logic_error in another mode.
    [[nodiscard]] const KioskSession& kiosk() const;
    [[nodiscard]] const Presenter& presenter() const;
    [[nodiscard]] const TeachMode& teaching() const;
    [[nodiscard]] const ExportDialogState& exportDialogState() const { return m_exports.dialog(); }
    [[nodiscard]] const VideoExporter* runningExport() const { return m_exports.running(); }
    void openExportDialog() { m_exports.open(); }
    void startExport(const VideoRequest& request);
    void cancelExport() { m_exports.cancel(m_strings); }

  private:
    [[nodiscard]] ModeContext context() const;
    void buildForAtlas();   // the parts that depend on the data
    void collectProblems(); // config, reload, atlas and story problems
    void switchNow(AppMode mode);
    void settleMode();  // a switch asked for during the last call
    void applyLayout(); // the mode's text size, panel font and camera fit
    void apply(const UiIntent& intent);
    void syncSelectionToYear();

    // Events shared by every mode (shell_events.cpp): the map's gestures, taps and the common keys.
    void handleMapEvent(const sf::Event& event);
    void handleKey(sf::Keyboard::Key key);
    void selectAt(sf::Vector2f screen);

    // ShellServices
    void fitCamera() override;
    [[nodiscard]] render::Camera cameraFor(const geodata::Bounds& bounds) const override;
    void switchTo(AppMode mode) override { m_pendingMode = mode; }
    void quit(int exitCode) override;

    std::shared_ptr<const Atlas> m_atlas;
    Options m_options;
    AppConfig m_config;
    std::vector<std::string> m_problems, m_baseProblems, m_reloadRefusal;
    Strings m_strings;
    sf::Vector2u m_size;
    render::ImGuiSfml m_imgui;
    std::unique_ptr<render::SceneRenderer> m_scene; // rebuilt with the data
    std::unique_ptr<FrameBuilder> m_frames;
    std::unique_ptr<geodata::Playback> m_playback; // the year lives here, and only here
    Story m_story;
    std::vector<StoryIssue> m_storyIssues;
    MapChoices m_choices;
    CameraGlide m_glide;
    ExportJob m_exports;
    std::unique_ptr<Mode> m_mode;
    std::optional<AppMode> m_pendingMode;
    FrameLook m_look;
    render::SceneSnapshot m_snapshot;
    Overlays m_overlays;
    double m_clock = 0; // seconds since start
    float m_imguiDt = 0;
    bool m_quit = false;
    int m_exitCode = 0;
    MapGestures m_gestures;
    bool m_ctrl = false;
};

} // namespace app
