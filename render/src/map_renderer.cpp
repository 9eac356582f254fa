#include "render/map_renderer.hpp"

#include "map_image.hpp"
#include "render/context_fade.hpp"
#include "render/palette.hpp"
#include "render/stroke.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Text.hpp>
#include <SFML/OpenGL.hpp>
#include <algorithm>
#include <bit>
#include <climits>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <string>

namespace render {

namespace {

sf::Color withAlpha(sf::Color c, float opacity) {
    c.a = static_cast<sf::Uint8>(std::lround(255.0F * std::clamp(opacity, 0.0F, 1.0F)));
    return c;
}

// Whether the current context draws on the CPU (Mesa's llvmpipe, softpipe, the old swrast), asked once.
bool softwareRasteriser() {
    static const bool software = [] {
        const auto* name = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
        const std::string renderer = name ? name : "";
        return renderer.find("llvmpipe") != std::string::npos ||
               renderer.find("softpipe") != std::string::npos || renderer.find("swrast") != std::string::npos;
    }();
    return software;
}

// Ease in and out so a change starts and lands softly.
float smooth(float t) {
    t = std::clamp(t, 0.0F, 1.0F);
    return t * t * (3.0F - 2.0F * t);
}

} // namespace

MapRenderer::MapRenderer(const geodata::Dataset& dataset, const sf::Font* font)
    : m_dataset(dataset), m_font(font), m_mesh(dataset), m_fills(palette::unitFills(dataset)) {
    if (m_font) m_labels.emplace(*m_font);
    m_contextBounds = geodata::Bounds::empty();
    for (const geodata::ContextFeature& f : dataset.context) m_contextBounds.expand(f.bounds);
    m_image = std::make_unique<MapImage>();
    m_picture = std::make_unique<MapImage>();
    // Dark stripes on transparent ground, repeated in screen space: reads as "no data" in print too. Each
    // stripe is a line a pixel wide, shaded as a stroke is (render/stroke.hpp): a pixel gets the share of
    // it the line covers, from its distance to the line (8 pixels apart along a row, at 45°).
    sf::Image stripes;
    stripes.create(8, 8, sf::Color::Transparent);
    for (unsigned y = 0; y < 8; ++y)
        for (unsigned x = 0; x < 8; ++x) {
            const int along = static_cast<int>((x + y + 1) % 8); // pixel centres' x + y, from the line
            const float distance =
                static_cast<float>(std::min(along, 8 - along)) / std::numbers::sqrt2_v<float>;
            const float coverage = std::clamp(1.0F - distance, 0.0F, 1.0F);
            stripes.setPixel(x, y,
                             sf::Color(90, 90, 90, static_cast<sf::Uint8>(std::lround(170.0F * coverage))));
        }
    m_hatch.loadFromImage(stripes);
    m_hatch.setRepeated(true);
}

MapRenderer::~MapRenderer() = default;

sf::Color MapRenderer::fillColour(const std::string& code) const {
    const auto it = m_fills.find(code);
    return it == m_fills.end() ? palette::unitFill(code) : it->second;
}

float MapRenderer::borderOpacity(const geodata::BorderGroup& group, const MapFrame& frame) const {
    if (!frame.transition) return group.existsIn(frame.year) ? 1.0F : 0.0F;
    const float t = smooth(frame.transition->progress);
    return (group.existsIn(frame.transition->fromYear) ? 1.0F - t : 0.0F) +
           (group.existsIn(frame.transition->toYear) ? t : 0.0F);
}

void MapRenderer::draw(sf::RenderTarget& target, const MapFrame& frame, const Decoration& decoration) {
    const sf::View previous = target.getView();
    // The map fills frame.area (split views draw two maps side by side), or the whole target.
    const sf::Vector2f size(target.getSize());
    const sf::FloatRect area = frame.area.width > 0 ? frame.area : sf::FloatRect(0, 0, size.x, size.y);
    const sf::FloatRect fraction(area.left / size.x, area.top / size.y, area.width / size.x,
                                 area.height / size.y);
    sf::View pixels(sf::FloatRect(0, 0, area.width, area.height));
    pixels.setViewport(fraction);
    sf::View world = frame.camera.viewFor(m_mesh.origin());
    world.setViewport(fraction);
    // The whole frame uses one level, so fills, outlines and borders always match.
    const double unitsPerPixel = 1.0 / frame.camera.scale();
    m_stats = DrawStats{};
    // Mid-transition borders may move by two pixels instead of one: nobody sees it while units fade,
    // and at country scale it halves what a transition frame draws (106 → 59 ms at 1920×1080).
    const double maxError = frame.transition ? kMovingErrorPixels : 1.0;
    m_stats.level = m_detail.levelOfDetail ? m_mesh.levelFor(unitsPerPixel, maxError) : 0;
    m_level = &m_mesh.level(m_stats.level);
    // A little margin: a line just outside the view still spills a pixel into it.
    m_visible = frame.camera.visibleWorld();
    m_visible.expand(geodata::Point{m_visible.minX - 2 * unitsPerPixel, m_visible.minY - 2 * unitsPerPixel});
    m_visible.expand(geodata::Point{m_visible.maxX + 2 * unitsPerPixel, m_visible.maxY + 2 * unitsPerPixel});

    planContext(frame);
    planFills(frame);
    planBorders(frame);
    planGhost(frame);
    m_lastLabels = &m_noLabels;
    if (frame.labels && m_font) m_lastLabels = &layoutLabels(frame, {area.width, area.height});
    // Split views draw several maps into one target: only a map filling the target is reused.
    const bool reusable = m_detail.reuseImage && frame.area.width <= 0 && m_image->usable(target);
    // Mid-transition every frame differs from the last: keeping an image would only cost a copy.
    const bool keep = reusable && !frame.transition;
    if (reusable) {
        sign(target, world, frame);
        // The whole picture first (a held year: one copy), else the map with its labels (playback
        // between two changes, where the year card still changes every year).
        m_pictureSignature = m_signature;
        m_pictureSignature.push_back(static_cast<uint32_t>(decoration.key.size()));
        for (const char c : decoration.key) m_pictureSignature.push_back(static_cast<unsigned char>(c));
        if (m_picture->restore(target, m_pictureSignature)) {
            m_stats.reused = m_stats.wholePicture = true;
            target.setView(previous);
            return;
        }
        m_stats.reused = m_image->restore(target, m_signature);
    }
    if (!m_stats.reused) {
        if (frame.area.width > 0) {
            target.setView(pixels);
            sf::RectangleShape water({area.width, area.height});
            water.setFillColor(palette::kWater);
            target.draw(water);
        } else {
            target.clear(palette::kWater);
        }
        target.setView(world);
        drawPlanned(target, frame);
        target.setView(pixels);
        if (frame.labels && m_font) drawLabels(target, frame);
        if (keep)
            m_image->store(target, m_signature);
        else
            m_image->clear();
    }
    target.setView(previous);
    if (decoration.draw) decoration.draw(target);
    if (keep && decoration.draw)
        m_picture->store(target, m_pictureSignature);
    else
        m_picture->clear();
    target.setView(previous);
}

bool MapRenderer::onScreen(const geodata::Bounds& bounds) const {
    return !m_detail.culling || bounds.intersects(m_visible);
}

void MapRenderer::planContext(const MapFrame& frame) {
    m_context.clear();
    for (size_t i : m_mesh.contextOrder()) {
        const geodata::ContextFeature& f = m_dataset.context[i];
        if (f.validIn(frame.year) && onScreen(f.bounds)) m_context.push_back({i, palette::kContext});
    }
    m_stats.context = m_context.size();
}

void MapRenderer::planFills(const MapFrame& frame) {
    FillPhase* phase = &m_phases[0];
    for (FillPhase& p : m_phases) {
        p.fills.clear();
        p.hatched.clear();
    }
    auto add = [&](const geodata::UnitVersion& u, float opacity) {
        if (!onScreen(u.bounds) || opacity <= 0.0F) return;
        const auto id = static_cast<size_t>(u.id);
        const bool themed = id < frame.fills.size();
        phase->fills.push_back(
            {id, withAlpha(themed ? frame.fills[id].colour : fillColour(u.code), opacity)});
        if (themed && frame.fills[id].noData) phase->hatched.emplace_back(id, opacity);
        ++m_stats.units;
    };
    const std::vector<size_t>& order = m_mesh.unitOrder();
    if (!frame.transition) {
        for (size_t id : order)
            if (m_dataset.units[id].validIn(frame.year)) add(m_dataset.units[id], 1.0F);
        return;
    }
    // The old map stays under the new units as they fade in, so the changed area cross-fades
    // from the old colours to the new; a unit that leaves the map without a successor fades out.
    const auto [from, to, progress] = *frame.transition;
    const float t = smooth(progress);
    for (size_t id : order) {
        const geodata::UnitVersion& u = m_dataset.units[id];
        if (!u.validIn(from)) continue;
        const bool replaced = u.validIn(to) || !m_dataset.lineage.wentTo(u.id).empty();
        add(u, replaced ? 1.0F : 1.0F - t);
    }
    phase = &m_phases[1];
    for (size_t id : order) {
        const geodata::UnitVersion& u = m_dataset.units[id];
        if (u.validIn(to) && !u.validIn(from)) add(u, t);
    }
}

void MapRenderer::planBorders(const MapFrame& frame) {
    m_borders.clear();
    for (size_t i = 0; i < m_level->borders.size(); ++i) {
        const BorderPiece& piece = m_level->borders[i];
        const float opacity = borderOpacity(m_level->network->groups[piece.group], frame);
        if (opacity <= 0.0F || !onScreen(piece.bounds)) continue;
        m_borders.push_back({i, withAlpha(palette::kBorder, opacity)});
    }
    m_stats.borderPieces = m_borders.size();
}

void MapRenderer::planGhost(const MapFrame& frame) {
    m_ghostPieces.clear();
    if (!frame.ghostYear) return;
    for (size_t i = 0; i < m_level->borders.size(); ++i) {
        const BorderPiece& piece = m_level->borders[i];
        const geodata::BorderGroup& group = m_level->network->groups[piece.group];
        if (group.existsIn(*frame.ghostYear) && !group.existsIn(frame.year) && onScreen(piece.bounds))
            m_ghostPieces.push_back(i);
    }
}

void MapRenderer::sign(const sf::RenderTarget& target, const sf::View& world, const MapFrame& frame) {
    std::vector<uint32_t>& s = m_signature;
    s.clear();
    auto bits = [](float f) { return std::bit_cast<uint32_t>(f); };
    s.insert(s.end(), {target.getSize().x, target.getSize().y, static_cast<uint32_t>(m_stats.level)});
    // The labels are in the image too.
    s.insert(s.end(), {static_cast<uint32_t>(frame.labels && m_font), bits(frame.textScale)});
    s.insert(s.end(), {m_labelPriorityVersion, static_cast<uint32_t>(frame.obstacles.size())});
    for (const sf::FloatRect& o : frame.obstacles)
        s.insert(s.end(), {bits(o.left), bits(o.top), bits(o.width), bits(o.height)});
    const float* matrix = world.getTransform().getMatrix();
    for (int i = 0; i < 16; ++i) s.push_back(bits(matrix[i]));
    auto list = [&](const std::vector<Shown>& shown) {
        s.push_back(static_cast<uint32_t>(shown.size()));
        for (const Shown& item : shown)
            s.insert(s.end(), {static_cast<uint32_t>(item.item), item.colour.toInteger()});
    };
    list(m_context);
    for (const FillPhase& phase : m_phases) {
        list(phase.fills);
        s.push_back(static_cast<uint32_t>(phase.hatched.size()));
        for (const auto& [id, opacity] : phase.hatched)
            s.insert(s.end(), {static_cast<uint32_t>(id), bits(opacity)});
    }
    list(m_borders);
    s.push_back(static_cast<uint32_t>(m_ghostPieces.size()));
    for (size_t i : m_ghostPieces) s.push_back(static_cast<uint32_t>(i));
    s.push_back(frame.selectedUnit ? static_cast<uint32_t>(*frame.selectedUnit) : UINT32_MAX);
}

void MapRenderer::drawPlanned(sf::RenderTarget& target, const MapFrame& frame) {
    drawBatch(target, m_level->contextFills, m_context);
    for (Shown& s : m_context) s.colour = palette::kContextBorder;
    drawBatch(target, m_level->contextOutlines, m_context, kBorderWidth);
    if (!m_context.empty()) {
        const std::vector<sf::Vertex> fade =
            contextFade(m_mesh, m_dataset.frame, m_contextBounds, m_visible, palette::kWater);
        target.draw(fade.data(), fade.size(), sf::Triangles);
    }
    // Each phase's fills, then the hatching over those of them without data.
    for (const FillPhase& phase : m_phases) {
        m_stats.fillCalls += drawBatch(target, m_level->unitFills, phase.fills);
        for (const auto& [id, opacity] : phase.hatched) drawHatch(target, m_dataset.units[id], opacity);
    }
    // A software rasteriser sorts every triangle of a frame into screen tiles before it fills any, and
    // holds them all while it does: with the fills of a whole country and the borders' strips on top
    // (two triangles a segment, each with its distance to the line) that took 86 MB. Letting it fill
    // the fills first lowers the process's peak (a drawn frame of the 100x generated data: 372 -> 333 MB,
    // of the country: 288 -> 262 MB) and cost no time we could measure (docs/PERFORMANCE.md, part 8).
    if (softwareRasteriser()) glFinish();
    m_stats.borderCalls = drawBatch(target, m_level->borderLines, m_borders, kBorderWidth);
    drawGhost(target);
    drawSelection(target, frame);
}

size_t MapRenderer::drawBatch(sf::RenderTarget& target, MeshBatch& batch, const std::vector<Shown>& shown,
                              float strokeWidth) {
    // Every colour before the first draw: rewriting a buffer a queued draw still reads makes
    // the driver wait.
    for (const Shown& s : shown) batch.setColour(s.item, s.colour);
    size_t calls = 0;
    for (size_t i = 0; i < shown.size();) {
        const bool opaque = shown[i].colour.a == 255;
        m_run.clear();
        for (; i < shown.size() && (shown[i].colour.a == 255) == opaque; ++i) m_run.push_back(shown[i].item);
        sf::RenderStates states;
        // With alpha 255, blending gives exactly the source colour: skipping it changes no pixel (strokes
        // with smooth edges blend all the same).
        states.blendMode = opaque ? sf::BlendNone : sf::BlendAlpha;
        if (strokeWidth > 0) states = strokeStates(target, strokeWidth, states);
        calls += batch.draw(target, m_run, states);
    }
    return calls;
}

void MapRenderer::drawGhost(sf::RenderTarget& target) {
    // The earlier year's borders that are gone by now, in a colour no border has: where the
    // old municipalities lay under today's map. Built per frame from the pieces (teaching only),
    // so the border buffer keeps its colours.
    m_ghost.clear();
    for (size_t i : m_ghostPieces)
        m_mesh.appendPiece(*m_level, m_level->borders[i], palette::kGhost, m_ghost);
    drawStrokes(target, m_ghost, kGhostWidth);
}

void MapRenderer::drawHatch(sf::RenderTarget& target, const geodata::UnitVersion& unit, float opacity) {
    // Texture coordinates from screen pixels keep the stripes the same size at every zoom.
    const sf::Transform toPixels = target.getViewport(target.getView()).width > 0
                                       ? sf::Transform(target.getView().getTransform())
                                       : sf::Transform::Identity;
    const sf::Vector2f size(target.getSize());
    const geodata::TriangleList& triangles = *m_level->unitTriangles[static_cast<size_t>(unit.id)];
    std::vector<sf::Vertex> vertices;
    vertices.reserve(triangles.size());
    for (const geodata::Point& p : triangles) {
        const sf::Vector2f local = m_mesh.local(p);
        const sf::Vector2f ndc = toPixels.transformPoint(local);
        vertices.emplace_back(local, withAlpha(sf::Color::White, opacity),
                              sf::Vector2f((ndc.x + 1) * size.x / 2, (1 - ndc.y) * size.y / 2));
    }
    sf::RenderStates states(&m_hatch);
    target.draw(vertices.data(), vertices.size(), sf::Triangles, states);
}

void MapRenderer::drawSelection(sf::RenderTarget& target, const MapFrame& frame) {
    if (!frame.selectedUnit || static_cast<size_t>(*frame.selectedUnit) >= m_dataset.units.size()) return;
    // Only the selected unit's outline is ever built: one unit, not every version at every level.
    const std::pair<size_t, int> wanted{m_stats.level, *frame.selectedUnit};
    if (m_outlineOf != wanted) {
        m_outline.clear();
        m_mesh.appendOutline(*m_level->unitPolygons[static_cast<size_t>(*frame.selectedUnit)],
                             palette::kSelection, m_outline);
        m_outlineOf = wanted;
    }
    drawStrokes(target, m_outline, kSelectionWidth);
}

void MapRenderer::setLabelPriority(std::vector<double> byUnitId) {
    m_labelPriority = std::move(byUnitId);
    ++m_labelPriorityVersion;
}

unsigned MapRenderer::labelTextSize(const MapFrame& frame, sf::Vector2f area) {
    // 16 px when the map's shorter side is 1080 px or less (15 px read too small from the back of a hall),
    // growing with it above that so a 4K projector shows the names as large as a 1080p one does (the
    // shorter side, so a portrait kiosk's names are a landscape screen's); times the user's text scale.
    const float shorter = std::min(area.x, area.y);
    return static_cast<unsigned>(std::lround(16.0F * std::max(1.0F, shorter / 1080.0F) * frame.textScale));
}

const std::vector<PlacedLabel>& MapRenderer::layoutLabels(const MapFrame& frame, sf::Vector2f area) {
    const unsigned size = labelTextSize(frame, area);
    const float scale = static_cast<float>(size) / 16.0F;
    m_labels->setStyle(size, 1.6F * scale, palette::kLabel, palette::kLabelHalo);
    // Mid-transition the names switch from the old map's to the new map's.
    const int year =
        frame.transition && frame.transition->progress < 0.5F ? frame.transition->fromYear : frame.year;
    // Everything the layout reads: the units of the year, the view, the text size, overlays, priorities.
    std::vector<uint32_t>& key = m_layoutKey;
    key.clear();
    auto bits = [](float f) { return std::bit_cast<uint32_t>(f); };
    auto wide = [&key](double d) {
        const auto b = std::bit_cast<uint64_t>(d);
        key.insert(key.end(), {static_cast<uint32_t>(b), static_cast<uint32_t>(b >> 32)});
    };
    key.insert(key.end(), {static_cast<uint32_t>(year), size, bits(area.x), bits(area.y),
                           m_labelPriorityVersion, static_cast<uint32_t>(m_detail.levelOfDetail)});
    wide(frame.camera.centre().x);
    wide(frame.camera.centre().y);
    wide(frame.camera.scale());
    key.insert(key.end(), {bits(frame.camera.viewport().x), bits(frame.camera.viewport().y)});
    for (const sf::FloatRect& o : frame.obstacles)
        key.insert(key.end(), {bits(o.left), bits(o.top), bits(o.width), bits(o.height)});
    for (const CachedLayout& cached : m_layouts)
        if (cached.key == key) return cached.labels;

    // Fit and free space are tested on the level that draws a still frame at this zoom: within a pixel of
    // the true borders, and the same level before, during and after a transition, so names do not jump.
    const double unitsPerPixel = 1.0 / frame.camera.scale();
    const size_t level = m_detail.levelOfDetail ? m_mesh.levelFor(unitsPerPixel, 1.0) : 0;
    m_labelInputs.clear();
    for (const geodata::UnitVersion& u : m_dataset.units) {
        if (!u.validIn(year)) continue;
        const auto id = static_cast<size_t>(u.id);
        const sf::FloatRect& text = m_labels->bounds(u);
        m_labelInputs.push_back({&u,
                                 level == 0 ? nullptr : &m_dataset.levels[level - 1].units[id].polygons,
                                 {text.width, text.height},
                                 id < m_labelPriority.size() ? m_labelPriority[id] : u.areaM2});
    }
    LabelLayoutStyle style;
    style.gap = 2.0F * scale;
    style.reach = scale;
    CachedLayout& slot = m_layouts[m_nextLayout];
    m_nextLayout = (m_nextLayout + 1) % m_layouts.size();
    slot.key = key;
    slot.labels = render::layoutLabels(m_labelInputs, frame.camera, area, frame.obstacles, style);
    return slot.labels;
}

void MapRenderer::drawLabels(sf::RenderTarget& target, const MapFrame& frame) {
    const float scale = static_cast<float>(labelTextSize(frame, target.getView().getSize())) / 16.0F;
    // Leaders first, names over them: a thin dark line on a light halo (readable over any fill and over
    // the sea), and a dot where the unit is.
    for (const bool halo : {true, false}) {
        const sf::Color colour = halo ? palette::kLabelHalo : palette::kLabel;
        const float radius = (halo ? 3.8F : 2.4F) * scale;
        m_leaders.clear();
        m_dots.clear();
        for (const PlacedLabel& label : *m_lastLabels) {
            if (label.placement != Placement::Callout) continue;
            const std::array<sf::Vector2f, 2> line{label.leaderFrom, label.leaderTo};
            appendStroke(m_leaders, line, false, colour);
            appendDisc(m_dots, label.leaderFrom, radius, colour);
        }
        drawStrokes(target, m_leaders, (halo ? 3.6F : 1.3F) * scale);
        drawStrokes(target, m_dots, 2 * radius); // a disc is a stroke as wide as it, around a point
    }
    for (const PlacedLabel& label : *m_lastLabels) {
        if (label.placement == Placement::Dropped) continue;
        const geodata::UnitVersion& u = m_dataset.units[static_cast<size_t>(label.unit)];
        const sf::FloatRect& bounds = m_labels->bounds(u);
        sf::Text& text = m_labels->text(u);
        text.setOrigin(std::round(bounds.left), std::round(bounds.top));
        text.setPosition(label.box.left, label.box.top);
        target.draw(text);
    }
    m_labels->endFrame();
}

} // namespace render
