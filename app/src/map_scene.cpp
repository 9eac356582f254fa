#include "map_scene.hpp"

#include "render/fonts.hpp"

namespace app {

MapScene::MapScene(const geodata::Dataset& dataset)
    : m_dataset(dataset), m_fontsOk(render::loadFont(m_font, render::kSansPath) &&
                                    render::loadFont(m_bold, render::kSansBoldPath)),
      m_renderer(dataset, m_fontsOk ? &m_font : nullptr) {}

void MapScene::draw(sf::RenderTarget& target) {
    m_renderer.draw(target, frame);
    if (!overlay || !m_fontsOk) return;
    render::OverlayText text;
    text.title = m_dataset.title;
    text.year = frame.year;
    text.unitCount = m_dataset.unitsValidIn(frame.year).size();
    text.countLabel = "kommuner";
    text.attribution = m_dataset.attribution;
    text.textScale = frame.textScale;
    text.bottomInset = frame.bottomInset;
    render::drawOverlay(target, m_font, m_bold, text);
}

} // namespace app
