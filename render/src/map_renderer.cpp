#include "render/map_renderer.hpp"

#include "render/palette.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Text.hpp>
#include <cmath>

namespace render {

MapRenderer::MapRenderer(const geodata::Dataset& dataset, const sf::Font* font)
    : m_dataset(dataset), m_font(font), m_mesh(dataset), m_fills(palette::unitFills(dataset)) {
    for (size_t i = 0; i < m_dataset.units.size(); ++i) {
        m_mesh.units[i].fill.setColour(fillColour(m_dataset.units[i].code));
        m_mesh.units[i].outline.setColour(palette::kBorder);
    }
    for (UnitMesh& m : m_mesh.context) {
        m.fill.setColour(palette::kContext);
        m.outline.setColour(palette::kContextBorder);
    }
}

sf::Color MapRenderer::fillColour(const std::string& code) const {
    const auto it = m_fills.find(code);
    return it == m_fills.end() ? palette::unitFill(code) : it->second;
}

void MapRenderer::draw(sf::RenderTarget& target, const MapFrame& frame) {
    const sf::View previous = target.getView();
    target.clear(palette::kWater);
    target.setView(frame.camera.viewFor(m_mesh.origin()));
    const geodata::Bounds visible = frame.camera.visibleWorld();
    const sf::RenderStates states;

    for (size_t i = 0; i < m_dataset.context.size(); ++i) {
        const geodata::ContextFeature& f = m_dataset.context[i];
        if (f.validIn(frame.year) && f.bounds.intersects(visible))
            m_mesh.context[i].fill.draw(target, states);
    }
    for (size_t i = 0; i < m_dataset.context.size(); ++i) {
        const geodata::ContextFeature& f = m_dataset.context[i];
        if (f.validIn(frame.year) && f.bounds.intersects(visible))
            m_mesh.context[i].outline.draw(target, states);
    }
    for (const geodata::UnitVersion& u : m_dataset.units)
        if (u.validIn(frame.year) && u.bounds.intersects(visible))
            m_mesh.units[static_cast<size_t>(u.id)].fill.draw(target, states);
    for (const geodata::UnitVersion& u : m_dataset.units)
        if (u.validIn(frame.year) && u.bounds.intersects(visible))
            m_mesh.units[static_cast<size_t>(u.id)].outline.draw(target, states);

    if (frame.selectedUnit && static_cast<size_t>(*frame.selectedUnit) < m_dataset.units.size()) {
        // A heavy outline: the ring drawn a few times offset by a pixel, in map units.
        const float px = static_cast<float>(1.0 / frame.camera.scale());
        UnitMesh& selected = m_mesh.units[static_cast<size_t>(*frame.selectedUnit)];
        selected.outline.setColour(palette::kSelection);
        for (sf::Vector2f d : {sf::Vector2f(0, 0), {px, 0}, {-px, 0}, {0, px}, {0, -px}}) {
            sf::RenderStates shifted;
            shifted.transform.translate(d);
            selected.outline.draw(target, shifted);
        }
        selected.outline.setColour(palette::kBorder);
    }

    target.setView(sf::View(sf::FloatRect(0, 0, frame.camera.viewport().x, frame.camera.viewport().y)));
    if (frame.labels && m_font) drawLabels(target, frame);
    target.setView(previous);
}

void MapRenderer::drawLabels(sf::RenderTarget& target, const MapFrame& frame) const {
    const auto size = static_cast<unsigned>(std::lround(15.0F * frame.textScale));
    sf::Text text("", *m_font, size);
    text.setFillColor(palette::kLabel);
    text.setOutlineColor(palette::kLabelHalo);
    text.setOutlineThickness(1.5F * frame.textScale);
    for (const geodata::UnitVersion& u : m_dataset.units) {
        if (!u.validIn(frame.year)) continue;
        const sf::Vector2f at = frame.camera.toScreen(u.labelAnchor);
        const auto room = static_cast<float>(2.0 * u.labelRadius * frame.camera.scale());
        text.setString(sf::String::fromUtf8(u.name.begin(), u.name.end()));
        const sf::FloatRect box = text.getLocalBounds();
        // A name shows only where it fits inside the unit's inscribed circle at this zoom.
        if (box.width > room * 1.15F || box.height > room) continue;
        text.setOrigin(std::round(box.left + box.width / 2), std::round(box.top + box.height / 2));
        text.setPosition(std::round(at.x), std::round(at.y));
        target.draw(text);
    }
}

} // namespace render
