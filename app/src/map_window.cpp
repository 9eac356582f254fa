#include "map_window.hpp"

#include "alluvial_panel.hpp"
#include "map_scene.hpp"
#include "playback.hpp"
#include "render/imgui_sfml.hpp"
#include "teach.hpp"
#include "ui_panels.hpp"

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/System/Clock.hpp>
#include <algorithm>
#include <cmath>

namespace app {

namespace {

// A press and release closer than this (in pixels) is a click or tap, not a drag.
constexpr float kClickSlop = 6.0F;

class MapWindow {
  public:
    MapWindow(const Atlas& atlas, const Options& options)
        : m_atlas(atlas), m_dataset(atlas.dataset), m_scene(atlas),
          m_playback(m_dataset.firstYear(), m_dataset.lastYear(), m_dataset.changeYears(),
                     atlas.timeline.eventYears()),
          m_teach(atlas) {
        const geodata::Dataset& dataset = m_dataset;
        m_scene.language = options.english ? Language::English : Language::Swedish;
        m_scene.view = parseMapView(options.view);
        m_teach.active = options.teach;
        m_playback.seek(options.year.value_or(dataset.firstYear()));
        sf::ContextSettings settings;
        settings.antialiasingLevel = options.msaa;
        const auto style = options.fullscreen ? sf::Style::Fullscreen : sf::Style::Default;
        const sf::VideoMode mode = options.fullscreen
                                       ? sf::VideoMode::getDesktopMode()
                                       : sf::VideoMode(options.size.width, options.size.height);
        const std::string title = "tidsatlas — " + dataset.title;
        m_window.create(mode, sf::String::fromUtf8(title.begin(), title.end()), style, settings);
        m_window.setVerticalSyncEnabled(true);
        m_imgui.loadFont(render::kDefaultFontPath, 18.0F);
        fitCamera();
    }

    int run() {
        sf::Clock clock;
        while (m_window.isOpen()) {
            sf::Event event;
            while (m_window.pollEvent(event)) handle(event);
            const float dt = clock.restart().asSeconds();
            m_playback.advance(dt);
            syncSelectionToYear();

            const sf::Vector2u size = m_window.getSize();
            m_imgui.newFrame(size, dt);
            UiIntent intent;
            drawPanels({static_cast<float>(size.x), static_cast<float>(size.y)}, intent);
            apply(intent);

            m_scene.frame.year = m_playback.year();
            m_scene.smoothYear = m_playback.exactYear();
            m_scene.frame.transition = m_playback.transition();
            // A body founded in this year grows in over the first second at its stop.
            m_scene.bodyAppear = static_cast<float>(std::min(1.0, m_playback.secondsAtStop() / 0.8));
            drawMap();
            m_imgui.render(m_window);
            m_window.display();
        }
        return 0;
    }

  private:
    void drawPanels(PanelArea area, UiIntent& intent) {
        const Language language = m_scene.language;
        viewBar(m_scene, m_storyOpen, m_teach.active, area, intent);
        if (m_teach.active) {
            teachPanel(m_teach, m_atlas, language, area, intent);
            if (m_teach.tool == TeachTool::Lineage)
                alluvialPanel(m_teach.flows, m_atlas, m_scene.renderer(), language, area, intent);
        }
        timelinePanel(m_playback, m_atlas, language, area, intent);
        if (m_scene.frame.selectedUnit)
            unitInfoPanel(m_atlas, *m_scene.frame.selectedUnit, m_playback.year(), language, area, intent);
        else if (m_scene.selectedBody)
            bodyPanel(m_atlas, *m_scene.selectedBody, m_playback.year(), language, area, intent);
        if (m_storyOpen) storyPanel(m_atlas, m_openEvent, language, area, intent);
        problemsPanel(m_atlas.problems, language, area);
    }

    // The map as the teaching tool wants it, or the plain story map.
    void drawMap() {
        m_scene.frame.ghostYear.reset();
        m_scene.caption = !m_teach.active; // the teaching panels take the bottom of the screen
        if (const auto year = m_teach.mapYear()) {
            m_scene.frame.year = *year;
            m_scene.smoothYear = *year;
            m_scene.frame.transition.reset();
        }
        if (m_teach.active && m_teach.tool == TeachTool::Compare) {
            if (m_teach.compare == CompareMode::SideBySide) {
                m_scene.drawSideBySide(m_window, m_teach.earlierYear, m_teach.laterYear);
                return;
            }
            m_scene.frame.ghostYear = m_teach.earlierYear;
        }
        m_scene.quizMarks.clear();
        if (m_teach.active && m_teach.tool == TeachTool::Quiz && !m_teach.quiz.finished()) quizMarks();
        m_scene.draw(m_window);
    }

    // Chosen units in the quiz stand out; after an answer, right ones are green and wrong ones red.
    void quizMarks() {
        const QuizSession& quiz = m_teach.quiz;
        for (const std::string& code : quiz.chosen()) m_scene.quizMarks[code] = sf::Color(255, 200, 60);
        if (const auto& feedback = quiz.feedback()) {
            for (const std::string& code : quiz.current().answer)
                m_scene.quizMarks[code] = sf::Color(60, 180, 90);
            for (const std::string& code : feedback->wrong) m_scene.quizMarks[code] = sf::Color(220, 70, 50);
        }
    }

    void fitCamera() {
        const sf::Vector2u size = m_window.getSize();
        m_scene.frame.bottomInset = kTimelinePanelHeight;
        m_scene.fitCamera({static_cast<float>(size.x), static_cast<float>(size.y)});
    }

    void handle(const sf::Event& event) {
        m_imgui.processEvent(event);
        switch (event.type) {
        case sf::Event::Closed:
            m_window.close();
            break;
        case sf::Event::Resized:
            m_scene.frame.camera.setViewport(
                {static_cast<float>(event.size.width), static_cast<float>(event.size.height)});
            break;
        case sf::Event::KeyPressed:
            if (!m_imgui.wantsKeyboard()) handleKey(event.key.code);
            break;
        case sf::Event::MouseWheelScrolled:
            if (!m_imgui.wantsMouse())
                m_scene.frame.camera.zoomAt({static_cast<float>(event.mouseWheelScroll.x),
                                             static_cast<float>(event.mouseWheelScroll.y)},
                                            std::pow(1.2, event.mouseWheelScroll.delta));
            break;
        case sf::Event::MouseButtonPressed:
            if (!m_imgui.wantsMouse() && event.mouseButton.button == sf::Mouse::Left) {
                m_dragging = true;
                m_pressAt = m_lastMouse = {static_cast<float>(event.mouseButton.x),
                                           static_cast<float>(event.mouseButton.y)};
            }
            break;
        case sf::Event::MouseMoved:
            if (m_dragging) {
                const sf::Vector2f at(static_cast<float>(event.mouseMove.x),
                                      static_cast<float>(event.mouseMove.y));
                m_scene.frame.camera.panBy(at - m_lastMouse);
                m_lastMouse = at;
            }
            break;
        case sf::Event::MouseButtonReleased:
            if (m_dragging && event.mouseButton.button == sf::Mouse::Left) {
                m_dragging = false;
                const sf::Vector2f at(static_cast<float>(event.mouseButton.x),
                                      static_cast<float>(event.mouseButton.y));
                if (std::hypot(at.x - m_pressAt.x, at.y - m_pressAt.y) < kClickSlop) selectAt(at);
            }
            break;
        default:
            break;
        }
    }

    void handleKey(sf::Keyboard::Key key) {
        switch (key) {
        case sf::Keyboard::Right:
            m_playback.stepForward();
            break;
        case sf::Keyboard::Left:
            m_playback.stepBackward();
            break;
        case sf::Keyboard::Space:
            m_playback.togglePlay();
            break;
        case sf::Keyboard::Home:
            fitCamera();
            break;
        case sf::Keyboard::Escape:
            m_scene.frame.selectedUnit.reset();
            break;
        default:
            break;
        }
    }

    void selectAt(sf::Vector2f screen) {
        const MapScene::Pick hit = m_scene.pick(screen);
        if (hit.unit && m_teach.tapUnit(m_dataset.units[static_cast<size_t>(*hit.unit)])) return;
        m_scene.selectedBody = hit.body;
        m_scene.frame.selectedUnit = hit.unit;
    }

    // A selection follows its unit through time: the same code's version in the new year, if any.
    void syncSelectionToYear() {
        if (!m_scene.frame.selectedUnit) return;
        const geodata::UnitVersion& selected =
            m_dataset.units[static_cast<size_t>(*m_scene.frame.selectedUnit)];
        if (selected.validIn(m_playback.year())) return;
        const geodata::UnitVersion* successor = m_dataset.versionOf(selected.code, m_playback.year());
        if (successor)
            m_scene.frame.selectedUnit = successor->id;
        else
            m_scene.frame.selectedUnit.reset();
    }

    void apply(const UiIntent& intent) {
        if (intent.togglePlay) m_playback.togglePlay();
        if (intent.stepForward) m_playback.stepForward();
        if (intent.stepBackward) m_playback.stepBackward();
        if (intent.speed) m_playback.tempo.yearsPerSecond = *intent.speed;
        if (intent.seekYear) {
            m_playback.setPlaying(false);
            m_playback.seek(*intent.seekYear);
        }
        if (intent.selectUnit) {
            m_scene.frame.selectedUnit = *intent.selectUnit;
            m_scene.selectedBody.reset();
        }
        if (intent.clearSelection) m_scene.frame.selectedUnit.reset();
        if (intent.selectBody) {
            m_scene.selectedBody = *intent.selectBody;
            m_scene.frame.selectedUnit.reset();
        }
        if (intent.clearBody) m_scene.selectedBody.reset();
        if (intent.view) m_scene.view = *intent.view;
        if (intent.language) m_scene.language = *intent.language;
        if (intent.showBodies) m_scene.bodies = *intent.showBodies;
        if (intent.showStory) m_storyOpen = *intent.showStory;
        if (intent.openEvent) m_openEvent = intent.openEvent;
        if (intent.showTeach) m_teach.active = *intent.showTeach;
    }

    const Atlas& m_atlas;
    const geodata::Dataset& m_dataset;
    sf::RenderWindow m_window;
    render::ImGuiSfml m_imgui;
    MapScene m_scene;
    Playback m_playback;
    bool m_dragging = false;
    bool m_storyOpen = false;
    TeachState m_teach;
    std::optional<std::string> m_openEvent;
    sf::Vector2f m_pressAt, m_lastMouse;
};

} // namespace

int runMapWindow(const Atlas& atlas, const Options& options) {
    MapWindow window(atlas, options);
    return window.run();
}

} // namespace app
