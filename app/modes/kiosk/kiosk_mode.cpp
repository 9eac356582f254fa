#include "modes/kiosk/kiosk_mode.hpp"

#include "direction/stage_text.hpp" // projectorTextScale: text that follows the picture
#include "render/fonts.hpp"

#include <algorithm>

namespace app {

namespace {

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

} // namespace

KioskMode::KioskMode(ModeContext& ctx)
    : m_session(KioskTiming{ctx.config.idleSeconds, ctx.config.countdownSeconds}), m_admin(ctx.config.pin),
      m_director(std::make_unique<SceneDirector>(ctx.story, ctx.atlas.dataset)) {
    m_fontsOk =
        render::loadFont(m_font, render::kSansPath) && render::loadFont(m_bold, render::kSansBoldPath);
    if (!ctx.config.heartbeatFile.empty())
        m_heartbeat.emplace(ctx.config.heartbeatFile, ctx.config.heartbeatSeconds);
}

void KioskMode::enter(ModeContext& ctx) { reset(ctx); }

// A visitor in the middle of a visit keeps the map; the attract loop starts again on the new story.
void KioskMode::dataChanged(ModeContext& ctx) {
    m_director = std::make_unique<SceneDirector>(ctx.story, ctx.atlas.dataset);
    if (m_session.state() == KioskState::Attract) reset(ctx);
}

bool KioskMode::handle(const sf::Event& event, ModeContext& /*ctx*/) {
    if (event.type == sf::Event::KeyPressed &&
        m_admin.keyPressed(event.key.control, event.key.alt, event.key.shift, event.key.code))
        return true;
    if (kioskIgnores(event)) return true;
    return isVisitorInput(event) && m_session.input(); // a touch that only woke the kiosk
}

void KioskMode::update(double dt, ModeContext& ctx) {
    m_session.advance(dt);
    m_admin.advance(dt);
    m_wrongPinSeconds = m_admin.lastPinWrong() ? m_wrongPinSeconds + dt : 0.0;
    if (m_heartbeat) m_heartbeat->advance(dt);
    if (m_admin.exitAllowed()) {
        ctx.shell.quit(0); // the service unit does not restart a clean exit: staff closed it on purpose
        return;
    }
    if (m_session.takeEnteredInteractive()) {
        // The visitor explores from the year that was showing, in the same view of the map.
        ctx.playback.setPlaying(false);
        m_director->clear(ctx.choices);
        ctx.glide.stop();
        ctx.shell.fitCamera();
    }
    if (m_session.takeReset()) reset(ctx);
    if (m_session.state() == KioskState::Attract) attract(dt, ctx);
}

// The attract loop: the story round and round, or without one the whole timeline.
void KioskMode::attract(double dt, ModeContext& ctx) {
    if (m_director->empty()) {
        if (!ctx.playback.playing()) {
            ctx.playback.seek(ctx.playback.firstYear());
            ctx.playback.setPlaying(true);
        }
        return;
    }
    m_director->advance(dt, ctx.playback);
    if (m_director->finished()) showScene(ctx, (m_director->scene() + 1) % m_director->sceneCount(), true);
}

void KioskMode::reset(ModeContext& ctx) {
    m_aboutOpen = false;
    ctx.choices.selectedUnit.reset();
    ctx.choices.selectedBody.reset();
    ctx.choices.view = parseMapView(ctx.options.view);
    ctx.choices.bodies = true;
    ctx.strings.setLanguage(ctx.config.language);
    ctx.shell.fitCamera();
    if (!m_director->empty()) showScene(ctx, 0, false);
}

void KioskMode::showScene(ModeContext& ctx, size_t index, bool glide) {
    Stage stage = stageOf(ctx);
    m_director->show(index, glide, stage);
}

ModeFrame KioskMode::frame(const ModeContext& ctx) const {
    ModeFrame frame;
    m_director->look(frame, ctx.strings.language()); // cleared when a visitor takes over
    return frame;
}

float kioskCardUnit(const ModeContext& ctx) {
    const float byScreen = static_cast<float>(ctx.size.y) / 1080.0F * ctx.config.textScale;
    return std::max(byScreen, kioskTextPx(ctx.config, ctx.size.x, ctx.size.y) / kKioskCardSmallestPx);
}

float KioskMode::touchStripHeight(const ModeContext& ctx) {
    return touchTargetPx(ctx.config, ctx.size.x, ctx.size.y, kKioskButtonMm) * 2.6F + 16.0F;
}

FrameLook KioskMode::look(const ModeContext& ctx) const {
    const float panel = touchStripHeight(ctx);
    // The same strip in the attract loop (its prompt) and for a visitor (the panel): the map stays put.
    const float unit = kioskCardUnit(ctx);
    // The map's smallest text (its names, the caption's source line) at the kiosk's reading size; the
    // caption and the year card grow with it. At most twice the normal scale for a picture of this size
    // (1080 lines): on a small screen the map keeps its room (a 960 × 540 window at 96 dpi would otherwise
    // get text 1.6 times the normal size over a map a third of its height).
    const float reading = kioskTextPx(ctx.config, ctx.size.x, ctx.size.y) / kMapSmallestTextPx;
    const float most = std::max(ctx.config.textScale,
                                projectorTextScale(2.0F * ctx.config.textScale, ctx.size.x, ctx.size.y));
    const float mapScale = std::min(reading, most);
    return {mapScale, std::max(panel, (kPromptHeightPx + 24.0F) * unit), 0.0F, {}, Audience::Visitor};
}

float KioskMode::panelFontPixels(const ModeContext& ctx) const {
    return kioskTextPx(ctx.config, ctx.size.x, ctx.size.y);
}

} // namespace app
