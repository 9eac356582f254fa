#include "shell/map_window.hpp"

#include "platform/antialiasing.hpp"
#include "platform/log.hpp"
#include "platform/sample_level.hpp"
#include "render/fonts.hpp"
#include "shell/app_shell.hpp"
#include "shell/speaker_window.hpp"

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/System/Clock.hpp>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>

namespace app {

namespace {

// Frame times above this are clamped: after a suspend or a stall playback continues, it does not jump.
constexpr double kMaxFrameSeconds = 0.25;

class MapWindow {
  public:
    MapWindow(std::shared_ptr<const Atlas> atlas, const Options& options, AppConfig config,
              std::vector<std::string> configProblems, FolderSnapshot dataBaseline)
        : m_options(options), m_title("tidsatlas — " + atlas->dataset.title),
          m_watcher(options.dataDir, knownProblems(*atlas), std::move(dataBaseline), WatchTiming{},
                    // Reloads use the same cache settings as the first load (--cache-dir, --no-cache).
                    [cache = geodata::LoadOptions{!options.noCache, options.cacheDir}](
                        const std::string& folder) { return loadAtlasWith(folder, cache); }) {
        const bool fullscreen = options.fullscreen || options.present || options.kiosk;
        open(fullscreen);
        m_app = std::make_unique<AppShell>(std::move(atlas), options, std::move(config),
                                           std::move(configProblems), m_window.getSize());
        m_window.setMouseCursorVisible(m_app->cursorVisible());
        if (options.speakerWindow) openSpeakerWindow();
    }

    int run() {
        sf::Clock clock;
        while (m_window.isOpen() && !m_app->quitRequested()) {
            sf::Event event;
            while (m_window.pollEvent(event)) m_app->handle(event);
            pumpSpeakerWindow();
            if (auto reload = m_watcher.poll()) m_app->applyReload(*reload);
            m_app->update(std::min(static_cast<double>(clock.restart().asSeconds()), kMaxFrameSeconds));
            if (m_app->wantsFullscreen() != m_fullscreen) {
                open(m_app->wantsFullscreen());
                m_app->resize(m_window.getSize());
            }
            m_window.setActive(true);
            m_app->draw(m_window);
            m_window.display();
            drawSpeakerWindow();
        }
        return m_app->exitCode();
    }

  private:
    void open(bool fullscreen) {
        sf::ContextSettings settings;
        settings.antialiasingLevel = supportedSampleLevel(samplesFor(m_options));
        const sf::VideoMode mode = fullscreen ? sf::VideoMode::getDesktopMode()
                                              : sf::VideoMode(m_options.size.width, m_options.size.height);
        m_window.create(mode, sf::String::fromUtf8(m_title.begin(), m_title.end()),
                        fullscreen ? sf::Style::Fullscreen : sf::Style::Default, settings);
        m_window.setVerticalSyncEnabled(true);
        m_window.setKeyRepeatEnabled(false); // a clicker held down must not race through the scenes
        if (m_app) m_window.setMouseCursorVisible(m_app->cursorVisible());
        m_fullscreen = fullscreen;
    }

    void openSpeakerWindow() {
        if (m_app->mode() != AppMode::Present) {
            std::fprintf(stderr, "tidsatlas: --speaker-window only works with --present; ignored\n");
            return;
        }
        if (!render::loadFont(m_font, render::kSansPath) ||
            !render::loadFont(m_bold, render::kSansBoldPath)) {
            std::fprintf(stderr,
                         "tidsatlas: the speaker window needs the DejaVu fonts (fonts-dejavu-core)\n");
            return;
        }
        const std::string title = m_title + " — " + m_app->strings().get("present.speaker_window");
        m_speaker = std::make_unique<sf::RenderWindow>(sf::VideoMode(1280, 720),
                                                       sf::String::fromUtf8(title.begin(), title.end()));
        m_speaker->setVerticalSyncEnabled(false); // the main window paces the loop
        m_speaker->setKeyRepeatEnabled(false);
    }

    void pumpSpeakerWindow() {
        if (!m_speaker) return;
        sf::Event event;
        while (m_speaker->pollEvent(event)) {
            if (event.type == sf::Event::KeyPressed) m_app->handleSpeakerKey(event.key.code);
            if (event.type == sf::Event::Resized)
                m_speaker->setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(event.size.width),
                                                          static_cast<float>(event.size.height))));
            if (event.type == sf::Event::Closed) m_speaker.reset(); // the talk goes on without it
            if (!m_speaker) return;
        }
    }

    // Painted every frame, presenting or not: after Esc it says the presentation has ended (a window that
    // stops drawing shows a frozen, stale scene on the lectern); F5 brings both back.
    void drawSpeakerWindow() {
        if (!m_speaker) return;
        m_speaker->setActive(true);
        paintSpeakerWindow(*m_speaker, *m_app, m_font, m_bold);
        m_speaker->display();
    }

    Options m_options;
    std::string m_title;
    sf::RenderWindow m_window;
    bool m_fullscreen = false;
    std::unique_ptr<AppShell> m_app;
    std::unique_ptr<sf::RenderWindow> m_speaker;
    sf::Font m_font, m_bold;
    DataWatcher m_watcher; // a curator's edits to the data folder appear without a restart
};

} // namespace

int runMapWindow(std::shared_ptr<const Atlas> atlas, const Options& options, AppConfig config,
                 std::vector<std::string> configProblems, FolderSnapshot dataBaseline) {
    MapWindow window(std::move(atlas), options, std::move(config), std::move(configProblems),
                     std::move(dataBaseline));
    return window.run();
}

} // namespace app
