#pragma once
// The whole interactive app without a window: it takes events and frame time and draws into any
// sf::RenderTarget, so the window, the soak test and the pixel tests drive the same code. Three modes:
// - Explore: the map with its panels, playback and the teaching tab;
// - Present (--present): story scenes by clicker, blank screen, controls only after the mouse moves;
// - Kiosk (--kiosk): attract loop, visitor session with "Är du kvar?", admin chord + PIN to leave.
#include "app_config.hpp"
#include "atlas.hpp"
#include "camera_glide.hpp"
#include "export_dialog.hpp"
#include "i18n.hpp"
#include "kiosk.hpp"
#include "map_scene.hpp"
#include "options.hpp"
#include "playback.hpp"
#include "presenter.hpp"
#include "render/imgui_sfml.hpp"
#include "story.hpp"
#include "story_player.hpp"
#include "teach.hpp"
#include "ui_intent.hpp"
#include "video_export.hpp"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Window/Event.hpp>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace app {

struct ReloadResult;

enum class AppMode { Explore, Present, Kiosk };

/// What the speaker window shows; filled by the app, drawn by speaker_view.
struct SpeakerInfo {
    int scene = 0; // 0-based
    int sceneCount = 0;
    std::string caption;
    std::string notes;
    std::optional<std::string> nextCaption; // none on the last scene
    double elapsedSeconds = 0;
    bool blanked = false;
    int year = 0;
};

class MapApp {
  public:
    MapApp(std::shared_ptr<const Atlas> atlas, const Options& options, AppConfig config,
           std::vector<std::string> configProblems, sf::Vector2u size);
    ~MapApp();
    MapApp(const MapApp&) = delete;
    MapApp& operator=(const MapApp&) = delete;

    /// One window event (or a simulated one).
    void handle(const sf::Event& event);
    /// A key from the speaker window: presenter keys work whichever window has focus.
    void handleSpeakerKey(sf::Keyboard::Key key);
    /// What a panel would ask for (also the soak test's simulated visitor and tests).
    void request(const UiIntent& intent) { apply(intent); }
    /// Frame time in seconds.
    void update(double dt);
    /// The map, the overlays and the panels for this frame.
    void draw(sf::RenderTarget& target);
    /// The target's size changed (window resized, fullscreen toggled).
    void resize(sf::Vector2u size);

    /// New data (a reload): the year, view and language stay; a selection that no longer exists goes.
    void setAtlas(std::shared_ptr<const Atlas> atlas);
    /// A line for the operator's problems panel (a failed reload, say).
    void addProblem(std::string problem);
    /// A reload of the data folder from DataWatcher (map_app_reload.cpp): new data → setAtlas, unless its
    /// story.json has problems the running story did not; refused → the running data stays and the
    /// reasons are shown in the problems panel (and logged) until a later reload is accepted.
    void applyReload(const ReloadResult& result);

    [[nodiscard]] AppMode mode() const { return m_mode; }
    [[nodiscard]] bool quitRequested() const { return m_quit; }
    [[nodiscard]] int exitCode() const { return m_exitCode; }
    /// The presenter toggled fullscreen with F; the window applies it when it differs.
    [[nodiscard]] bool wantsFullscreen() const;
    /// The kiosk hides the pointer: fingers need no cursor.
    [[nodiscard]] bool cursorVisible() const { return m_mode != AppMode::Kiosk; }
    [[nodiscard]] SpeakerInfo speakerInfo() const;
    /// The story scene showing has played and held (the story video moves on then).
    [[nodiscard]] bool sceneFinished() const { return m_player && m_player->finished(); }
    [[nodiscard]] const Strings& strings() const { return m_strings; }
    [[nodiscard]] const KioskSession& kiosk() const { return m_kiosk; }
    [[nodiscard]] const Presenter& presenter() const { return *m_presenter; }
    [[nodiscard]] const MapScene& scene() const { return *m_scene; }
    [[nodiscard]] const geodata::Playback& playback() const { return *m_playback; }
    [[nodiscard]] const Story& story() const { return m_story; }
    [[nodiscard]] const std::vector<std::string>& problems() const { return m_problems; }
    [[nodiscard]] const std::shared_ptr<const Atlas>& atlas() const { return m_atlas; }
    /// The in-app export (Ctrl+E): its dialog state and the video under way, if any.
    [[nodiscard]] const ExportDialogState& exportDialogState() const { return m_exportDialog; }
    [[nodiscard]] const VideoExporter* runningExport() const { return m_export.get(); }
    void openExportDialog() { m_exportDialog.open = true; }
    /// Starts a video export in the background of the app (the dialog's Export button); its outcome
    /// shows in the dialog.
    void startExport(const VideoRequest& request);
    /// Stops the export under way and removes its unfinished file.
    void cancelExport();

  private:
    // Building the parts that depend on the data (constructor and setAtlas).
    void buildForAtlas();
    void loadStoryFor(const Atlas& atlas);
    void collectProblems(); // m_problems from config, reload, atlas and story problems

    // Explore (map_app.cpp)
    void handleMapEvent(const sf::Event& event);
    void handleKey(sf::Keyboard::Key key);
    void selectAt(sf::Vector2f screen);
    void syncSelectionToYear();
    void apply(const UiIntent& intent);
    void drawPanels(UiIntent& intent);
    void drawMap(sf::RenderTarget& target);
    void quizMarks();
    void exportPanel();
    [[nodiscard]] Options exportLook() const;
    void stepExport();
    void fitCamera();
    [[nodiscard]] sf::Vector2f sizeF() const;

    // Present (map_app_present.cpp)
    void enterPresent();
    void leavePresent();
    bool handlePresentEvent(const sf::Event& event);
    void updatePresent(double dt);
    void presentPanel(UiIntent& intent);
    void showScene(size_t index, bool glide);
    void showSceneCaption();
    void clearSceneLook();

    // Kiosk (map_app_kiosk.cpp)
    bool handleKioskEvent(const sf::Event& event);
    void updateKiosk(double dt);
    void resetKiosk();
    void kioskPanel(UiIntent& intent);
    void pushTouchStyle() const;
    void drawKioskOverlay(sf::RenderTarget& target);
    void applyTextScale();
    [[nodiscard]] float textScale() const;
    [[nodiscard]] float kioskBarHeight() const;

    std::shared_ptr<const Atlas> m_atlas;
    Options m_options;
    AppConfig m_config;
    std::vector<std::string> m_problems;
    std::vector<std::string> m_baseProblems;  // config and i18n problems, kept across reloads
    std::vector<std::string> m_reloadRefusal; // why the last reload was refused, until one is accepted
    Strings m_strings;
    sf::Vector2u m_size;
    render::ImGuiSfml m_imgui;
    sf::Font m_font, m_bold; // the kiosk's and presenter's own overlays
    bool m_fontsOk = false;

    std::unique_ptr<MapScene> m_scene;
    std::unique_ptr<geodata::Playback> m_playback;
    std::unique_ptr<TeachState> m_teach;
    Story m_story;
    std::vector<StoryIssue> m_storyIssues;
    std::unique_ptr<StoryPlayer> m_player;
    CameraGlide m_glide;

    AppMode m_mode = AppMode::Explore;
    std::unique_ptr<Presenter> m_presenter;
    KioskSession m_kiosk;
    AdminGate m_admin;
    std::optional<Heartbeat> m_heartbeat;
    double m_wrongPinSeconds = 0; // how long "Fel kod" has shown

    float m_imguiDt = 0;
    double m_clock = 0; // seconds since start, for the presenter's pointer timer
    bool m_quit = false;
    int m_exitCode = 0;
    bool m_dragging = false;
    bool m_storyOpen = false;
    std::optional<std::string> m_openEvent;
    ExportDialogState m_exportDialog;
    std::unique_ptr<VideoExporter> m_export; // a video being written, a few frames per screen frame
    sf::Vector2f m_pressAt, m_lastMouse;
    bool m_ctrl = false, m_alt = false, m_shift = false;
};

} // namespace app
