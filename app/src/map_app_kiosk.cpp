// Kiosk mode of MapApp: attract loop, visitor session with "Är du kvar?", admin chord + PIN.
#include "map_app.hpp"
#include "render/fonts.hpp"
#include "ui_panels.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Text.hpp>
#include <algorithm>
#include <cmath>
#include <imgui.h>

namespace app {

namespace {

constexpr int kTouchStyleVars = 4; // pushed by pushTouchStyle

// A visitor's input: what wakes the kiosk or keeps the session alive. Pointer moves are not: a touch
// screen can jitter and a mouse bumped in passing should not leave the attract loop.
bool isVisitorInput(const sf::Event& event) {
    switch (event.type) {
    case sf::Event::MouseButtonPressed:
    case sf::Event::TouchBegan:
    case sf::Event::KeyPressed:
    case sf::Event::MouseWheelScrolled:
        return true;
    default:
        return false;
    }
}

sf::Text makeText(const std::string& utf8, const sf::Font& font, float size, sf::Color colour) {
    sf::Text text(sf::String::fromUtf8(utf8.begin(), utf8.end()), font,
                  static_cast<unsigned>(std::lround(size)));
    text.setFillColor(colour);
    return text;
}

// Lines of text centred on a dark rounded card around `centre`.
struct CardLine {
    std::string text;
    const sf::Font* font;
    float size;
    sf::Color colour;
};

// `pivot` says which point of the card sits at `at`: (0.5, 0.5) its centre, (1, 0) its top right corner.
void drawCard(sf::RenderTarget& target, sf::Vector2f at, const std::vector<CardLine>& lines, float padding,
              sf::Uint8 alpha = 225, sf::Vector2f pivot = {0.5F, 0.5F}) {
    std::vector<sf::Text> texts;
    float width = 0, height = 0;
    for (const CardLine& line : lines) {
        texts.push_back(makeText(line.text, *line.font, line.size, line.colour));
        width = std::max(width, texts.back().getLocalBounds().width);
        height += line.size * 1.35F;
    }
    sf::RectangleShape card({width + 2 * padding, height + 2 * padding});
    const sf::Vector2f centre(at.x + (0.5F - pivot.x) * card.getSize().x,
                              at.y + (0.5F - pivot.y) * card.getSize().y);
    card.setOrigin(card.getSize() / 2.0F);
    card.setPosition(centre);
    card.setFillColor(sf::Color(20, 28, 40, alpha));
    card.setOutlineColor(sf::Color(255, 255, 255, 90));
    card.setOutlineThickness(2);
    target.draw(card);
    float y = centre.y - height / 2;
    for (size_t i = 0; i < texts.size(); ++i) {
        const sf::FloatRect bounds = texts[i].getLocalBounds();
        texts[i].setPosition(std::round(centre.x - bounds.width / 2 - bounds.left), std::round(y));
        target.draw(texts[i]);
        y += lines[i].size * 1.35F;
    }
}

} // namespace

bool MapApp::handleKioskEvent(const sf::Event& event) {
    if (event.type == sf::Event::KeyPressed &&
        m_admin.keyPressed(event.key.control, event.key.alt, event.key.shift, event.key.code))
        return true;
    if (kioskIgnores(event)) return true;
    if (isVisitorInput(event) && m_kiosk.input()) return true; // it only woke the kiosk
    return false;
}

void MapApp::updateKiosk(double dt) {
    m_kiosk.advance(dt);
    m_admin.advance(dt);
    m_wrongPinSeconds = m_admin.lastPinWrong() ? m_wrongPinSeconds + dt : 0.0;
    if (m_heartbeat) m_heartbeat->advance(dt);
    if (m_admin.exitAllowed()) {
        m_quit = true;
        m_exitCode = 0; // the service unit does not restart a clean exit: staff closed it on purpose
        return;
    }
    if (m_kiosk.takeEnteredInteractive()) {
        // The visitor explores from the year that was showing, in the same view of the map.
        m_playback->setPlaying(false);
        clearSceneLook();
        m_glide.stop();
        fitCamera();
    }
    if (m_kiosk.takeReset()) resetKiosk();
    if (m_kiosk.state() != KioskState::Attract) return;
    if (m_player->empty()) { // no story: the whole timeline, round and round
        if (!m_playback->playing()) {
            m_playback->seek(m_playback->firstYear());
            m_playback->setPlaying(true);
        }
        return;
    }
    m_player->advance(dt, *m_playback);
    if (m_player->finished()) {
        const size_t next = (m_player->scene() + 1) % m_player->sceneCount();
        showScene(next, true);
    }
}

// Back to the attract loop as a new visitor should find it: first scene, default view and language.
void MapApp::resetKiosk() {
    MapScene& scene = *m_scene;
    scene.frame.selectedUnit.reset();
    scene.selectedBody.reset();
    scene.view = parseMapView(m_options.view);
    scene.bodies = true;
    m_strings.setLanguage(m_config.language);
    m_teach->active = false;
    m_storyOpen = false;
    fitCamera();
    if (!m_player->empty()) showScene(0, false);
}

float MapApp::kioskBarHeight() const {
    const float target = touchTargetPx(m_config, m_size.x, m_size.y, 18.0);
    return target * 2.6F + 16.0F; // two rows of touch targets, the gaps and the window padding
}

// Every button, slider and tree node at least a touch target high, with finger-sized gaps.
void MapApp::pushTouchStyle() const {
    const float target = touchTargetPx(m_config, m_size.x, m_size.y, 18.0);
    const float gap = target * 0.2F;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
    ImGui::PushStyleVar(ImGuiStyleVar_GrabMinSize, target * 0.8F);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(gap, (target - ImGui::GetFontSize()) / 2));
    ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarSize, target * 0.6F);
}

// Big touch controls in the lower half: step, play, the year, the views and the two languages.
void MapApp::kioskPanel(UiIntent& intent) {
    if (m_kiosk.state() != KioskState::Interactive) return;
    if (m_scene->frame.selectedUnit) {
        // The explorer's unit panel, with every lineage button a touch target.
        pushTouchStyle();
        unitInfoPanel(*m_atlas, *m_scene->frame.selectedUnit, m_playback->year(), m_strings,
                      {static_cast<float>(m_size.x), static_cast<float>(m_size.y)}, intent);
        ImGui::PopStyleVar(kTouchStyleVars);
    }
    const float target = touchTargetPx(m_config, m_size.x, m_size.y, 18.0);
    const float gap = target * 0.2F;
    const ImVec2 button(target * 1.5F, target);
    ImGui::SetNextWindowPos(ImVec2(0, static_cast<float>(m_size.y)), ImGuiCond_Always, ImVec2(0, 1));
    ImGui::SetNextWindowSize(ImVec2(static_cast<float>(m_size.x), 0));
    pushTouchStyle();
    ImGui::Begin("##kiosk", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_AlwaysAutoResize);
    const geodata::Playback& playback = *m_playback;
    int year = playback.year();
    ImGui::SetNextItemWidth(-1);
    if (ImGui::SliderInt("##year", &year, playback.firstYear(), playback.lastYear(), "%d"))
        intent.seekYear = year;
    if (ImGui::Button("|◀", button)) intent.stepBackward = true;
    ImGui::SameLine();
    if (ImGui::Button(playback.playing() ? "||##play" : "▶##play", button)) intent.togglePlay = true;
    ImGui::SameLine();
    if (ImGui::Button("▶|", button)) intent.stepForward = true;
    const auto choice = [&](const std::string& label, bool on) {
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        ImGui::SameLine();
        const bool pressed = ImGui::Button(label.c_str(), ImVec2(0, target));
        if (on) ImGui::PopStyleColor();
        return pressed;
    };
    ImGui::SameLine(0, gap * 3);
    ImGui::Dummy(ImVec2(0, 0));
    const MapView view = m_scene->view;
    if (choice(m_strings.get("view.units"), view == MapView::Units)) intent.view = MapView::Units;
    if (choice(m_strings.get("view.density"), view == MapView::Density)) intent.view = MapView::Density;
    if (choice(m_strings.get("view.circles"), view == MapView::Circles)) intent.view = MapView::Circles;
    ImGui::SameLine(0, gap * 3);
    ImGui::Dummy(ImVec2(0, 0));
    const Language language = m_strings.language();
    if (choice(m_strings.get("language.swedish", Language::Swedish), language == Language::Swedish))
        intent.language = Language::Swedish;
    if (choice(m_strings.get("language.english", Language::English), language == Language::English))
        intent.language = Language::English;
    ImGui::End();
    ImGui::PopStyleVar(kTouchStyleVars);
}

void MapApp::drawKioskOverlay(sf::RenderTarget& target) {
    if (!m_fontsOk) return;
    const sf::Vector2f size = sizeF();
    const float unit = size.y / 1080.0F * textScale(); // text sizes are given for a 1080-line screen
    if (m_kiosk.state() == KioskState::Attract) {
        // A gentle pulse draws the eye without flashing.
        const auto alpha = static_cast<sf::Uint8>(190 + 50 * std::sin(m_clock * 2.4));
        // Top right: the caption has the bottom and the year card the top left; the prompt must not hide
        // either.
        drawCard(target, {size.x - 24 * unit, 24 * unit},
                 {{m_strings.get("kiosk.touch_to_explore", Language::Swedish), &m_bold, 54 * unit,
                   sf::Color::White},
                  {m_strings.get("kiosk.touch_to_explore", Language::English), &m_font, 36 * unit,
                   sf::Color(220, 230, 240)}},
                 28 * unit, alpha, {1, 0});
    }
    if (m_kiosk.state() == KioskState::StillThere) {
        sf::RectangleShape dim(size);
        dim.setFillColor(sf::Color(0, 0, 0, 140));
        target.draw(dim);
        const int seconds = static_cast<int>(std::ceil(m_kiosk.countdownRemaining()));
        drawCard(
            target, size / 2.0F,
            {{m_strings.get("kiosk.still_there"), &m_bold, 64 * unit, sf::Color::White},
             {m_strings.format("kiosk.countdown", {seconds}), &m_font, 40 * unit, sf::Color(255, 214, 120)},
             {m_strings.get("kiosk.touch_to_continue"), &m_font, 32 * unit, sf::Color(220, 230, 240)}},
            36 * unit);
    }
    if (m_admin.state() != AdminGateState::Closed) {
        std::string dots;
        for (size_t i = 0; i < m_admin.digitsTyped(); ++i) dots += "● ";
        std::vector<CardLine> lines{
            {m_strings.get("kiosk.admin_title"), &m_bold, 40 * unit, sf::Color::White}};
        if (m_admin.state() == AdminGateState::LockedOut)
            lines.push_back({m_strings.format("kiosk.admin_locked",
                                              {static_cast<int>(std::ceil(m_admin.lockoutRemaining()))}),
                             &m_font, 30 * unit, sf::Color(255, 150, 130)});
        else
            lines.push_back({m_strings.get("kiosk.admin_pin"), &m_font, 30 * unit, sf::Color(220, 230, 240)});
        lines.push_back({dots.empty() ? " " : dots, &m_font, 40 * unit, sf::Color::White});
        drawCard(target, size / 2.0F, lines, 30 * unit, 245);
    } else if (m_admin.lastPinWrong() && m_wrongPinSeconds < 3.0) {
        drawCard(target, {size.x / 2, size.y * 0.2F},
                 {{m_strings.get("kiosk.admin_wrong_pin"), &m_font, 30 * unit, sf::Color(255, 150, 130)}},
                 16 * unit);
    }
}

} // namespace app
