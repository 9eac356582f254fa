#include "render/label_cache.hpp"

namespace render {

void LabelCache::setStyle(unsigned characterSize, float outlineThickness, sf::Color fill, sf::Color outline) {
    if (characterSize == m_size && outlineThickness == m_thickness && fill == m_fill && outline == m_outline)
        return;
    m_size = characterSize;
    m_thickness = outlineThickness;
    m_fill = fill;
    m_outline = outline;
    m_bounds.clear();
    m_texts.clear();
    m_previousTexts.clear();
}

sf::Text LabelCache::make(const geodata::UnitVersion& unit) const {
    sf::Text text(sf::String::fromUtf8(unit.name.begin(), unit.name.end()), m_font, m_size);
    text.setFillColor(m_fill);
    text.setOutlineColor(m_outline);
    text.setOutlineThickness(m_thickness);
    return text;
}

const sf::FloatRect& LabelCache::bounds(const geodata::UnitVersion& unit) {
    const auto id = static_cast<size_t>(unit.id);
    if (id >= m_bounds.size()) m_bounds.resize(id + 1);
    if (!m_bounds[id]) m_bounds[id] = make(unit).getLocalBounds();
    return *m_bounds[id];
}

sf::Text& LabelCache::text(const geodata::UnitVersion& unit) {
    if (auto it = m_texts.find(unit.id); it != m_texts.end()) return it->second;
    if (auto it = m_previousTexts.find(unit.id); it != m_previousTexts.end())
        return m_texts.emplace(unit.id, std::move(it->second)).first->second;
    return m_texts.emplace(unit.id, make(unit)).first->second;
}

void LabelCache::endFrame() {
    m_previousTexts = std::move(m_texts);
    m_texts.clear();
}

} // namespace render
