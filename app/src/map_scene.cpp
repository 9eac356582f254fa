#include "map_scene.hpp"

#include "render/caption.hpp"
#include "render/fonts.hpp"
#include "story_text.hpp"

namespace app {

MapScene::MapScene(const Atlas& atlas)
    : m_atlas(atlas), m_fontsOk(render::loadFont(m_font, render::kSansPath) &&
                                render::loadFont(m_bold, render::kSansBoldPath)),
      m_renderer(atlas.dataset, m_fontsOk ? &m_font : nullptr) {}

void MapScene::fitCamera(sf::Vector2f size) {
    // Room for a two-line caption (see render/caption.cpp), so that it covers sea, not land.
    const float captionRoom = caption ? 150.0F * frame.textScale : 0.0F;
    // And room for the year card at the top left (render/overlay.cpp).
    const float cardRoom = overlay ? 110.0F * frame.textScale : 0.0F;
    frame.camera.fit(m_atlas.dataset.bounds, size, 0.03F, frame.bottomInset + captionRoom, cardRoom);
}

void MapScene::draw(sf::RenderTarget& target) {
    m_renderer.draw(target, frame);
    if (!m_fontsOk) return;
    const bool sv = language == Language::Swedish;
    if (caption) {
        if (const auto text = captionFor(m_atlas, frame.year, language))
            render::drawCaption(target, m_font, m_bold, *text, frame.textScale, frame.bottomInset);
    }
    if (!overlay) return;
    render::OverlayText text;
    text.title = m_atlas.dataset.title;
    text.year = frame.year;
    text.unitCount = m_atlas.dataset.unitsValidIn(frame.year).size();
    text.countLabel = sv ? "kommuner" : "municipalities";
    if (!m_atlas.population.empty()) text.detail = populationLine(m_atlas, frame.year, language);
    text.attribution = m_atlas.dataset.attribution;
    text.textScale = frame.textScale;
    text.bottomInset = frame.bottomInset;
    render::drawOverlay(target, m_font, m_bold, text);
}

} // namespace app
