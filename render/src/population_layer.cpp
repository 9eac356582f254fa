#include "render/population_layer.hpp"

#include "render/palette.hpp"
#include "render/stroke.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Text.hpp>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <numbers>

namespace render {

namespace {

// ColorBrewer YlGnBu, 7 classes.
const std::array<sf::Color, kDensityClasses> kRamp{
    sf::Color(255, 255, 204), sf::Color(199, 233, 180), sf::Color(127, 205, 187), sf::Color(65, 182, 196),
    sf::Color(29, 145, 192),  sf::Color(34, 94, 168),   sf::Color(12, 44, 132)};
const sf::Color kHatch(90, 90, 90, 170); // as MapRenderer's no-data stripes
const sf::Color kCard(255, 255, 255, 228);
const sf::Color kInk(25, 25, 35);

sf::String utf8(const std::string& s) { return sf::String::fromUtf8(s.begin(), s.end()); }
unsigned px(float base, float scale) { return static_cast<unsigned>(std::lround(base * scale)); }

// Merges two " | "-separated lists, each entry once, in order.
std::string mergeList(const std::string& a, const std::string& b) {
    std::vector<std::string> parts;
    for (const std::string* s : {&a, &b}) {
        size_t start = 0;
        while (start <= s->size()) {
            const size_t end = std::min(s->find(" | ", start), s->size());
            std::string part = s->substr(start, end - start);
            if (!part.empty() && std::find(parts.begin(), parts.end(), part) == parts.end())
                parts.push_back(std::move(part));
            start = end + 3;
        }
    }
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : " | ") + p;
    return out;
}

// Points along an arc of a circle from angle a0 to a1, a point every 3 pixels or closer.
std::vector<sf::Vector2f> arc(sf::Vector2f c, float r, float a0, float a1) {
    const int steps = std::max(1, static_cast<int>(std::ceil((a1 - a0) * r / 3.0F)));
    std::vector<sf::Vector2f> points;
    for (int s = 0; s <= steps; ++s) {
        const float a = a0 + (a1 - a0) * static_cast<float>(s) / static_cast<float>(steps);
        points.emplace_back(c.x + r * std::cos(a), c.y + r * std::sin(a));
    }
    return points;
}

// A circle's rim with gaps, "this figure is interpolated": one stroke per dash.
void appendDashedCircle(std::vector<sf::Vertex>& strokes, sf::Vector2f c, float r, sf::Color colour,
                        float dash, float gap) {
    const float circumference = 2.0F * std::numbers::pi_v<float> * r;
    const int dashes = std::max(4, static_cast<int>(std::round(circumference / (dash + gap))));
    const float period = 2.0F * std::numbers::pi_v<float> / static_cast<float>(dashes);
    const float on = period * dash / (dash + gap);
    for (int d = 0; d < dashes; ++d) {
        const float a0 = static_cast<float>(d) * period;
        appendStroke(strokes, arc(c, r, a0, a0 + on), false, colour);
    }
}

// A disc in the style's fill with its rim (a stroke outside the disc, or dashes for an interpolated figure).
void drawCircle(sf::RenderTarget& target, sf::Vector2f c, float r, bool dashed, const CircleStyle& style,
                float scale) {
    std::vector<sf::Vertex> strokes;
    appendDisc(strokes, c, r, style.fill);
    drawStrokes(target, strokes, 2 * r);
    const float width = style.outlineThickness * scale;
    strokes.clear();
    if (dashed)
        appendDashedCircle(strokes, c, r + width / 2, style.outline, 7.0F * scale, 5.0F * scale);
    else
        appendStroke(strokes, arc(c, r + width / 2, 0.0F, 2.0F * std::numbers::pi_v<float>), true,
                     style.outline);
    drawStrokes(target, strokes, width);
}

// Diagonal stripes like MapRenderer's no-data hatch, clipped to a rectangle.
void drawHatchedSwatch(sf::RenderTarget& target, sf::FloatRect r) {
    sf::RectangleShape ground({r.width, r.height});
    ground.setPosition(r.left, r.top);
    ground.setFillColor(kNoDataFill);
    target.draw(ground);
    std::vector<sf::Vertex> stripes;
    for (float c = r.left + r.top + 4.0F; c < r.left + r.width + r.top + r.height; c += 8.0F) {
        const float x0 = std::max(r.left, c - (r.top + r.height)), x1 = std::min(r.left + r.width, c - r.top);
        if (x1 <= x0) continue;
        const std::array<sf::Vector2f, 2> stripe{sf::Vector2f(x0, c - x0), sf::Vector2f(x1, c - x1)};
        appendStroke(stripes, stripe, false, kHatch);
    }
    drawStrokes(target, stripes, 1.0F);
}

sf::Text makeText(const std::string& s, const sf::Font& font, unsigned size) {
    sf::Text t(utf8(s), font, size);
    t.setFillColor(kInk);
    return t;
}

// Places text so that its glyphs' top-left is at `at` (sf::Text has an offset above capitals).
void placeText(sf::Text& t, sf::Vector2f at) {
    const sf::FloatRect b = t.getLocalBounds();
    t.setPosition(std::round(at.x - b.left), std::round(at.y - b.top));
}

// A rectangle filled in `fill` with a rim a pixel wide along its edge, outside it (`outside`) or inside.
void drawFramedRect(sf::RenderTarget& target, sf::FloatRect r, sf::Color fill, sf::Color rim, bool outside) {
    sf::RectangleShape box({r.width, r.height});
    box.setPosition(r.left, r.top);
    box.setFillColor(fill);
    target.draw(box);
    const float d = outside ? 0.5F : -0.5F; // the rim's centre line, half a pixel off the edge
    const std::array<sf::Vector2f, 4> corners{sf::Vector2f(r.left - d, r.top - d),
                                              sf::Vector2f(r.left + r.width + d, r.top - d),
                                              sf::Vector2f(r.left + r.width + d, r.top + r.height + d),
                                              sf::Vector2f(r.left - d, r.top + r.height + d)};
    std::vector<sf::Vertex> strokes;
    appendStroke(strokes, corners, true, rim);
    drawStrokes(target, strokes, 1.0F);
}

void drawCard(sf::RenderTarget& target, sf::FloatRect r) {
    drawFramedRect(target, r, kCard, sf::Color(0, 0, 0, 40), true);
}

// Draws in screen pixels (of `size`, the camera's viewport for map layers) whatever view the target had.
struct ScreenView {
    sf::RenderTarget& target;
    sf::View previous;
    ScreenView(sf::RenderTarget& t, sf::Vector2f size) : target(t), previous(t.getView()) {
        t.setView(sf::View(sf::FloatRect(0, 0, size.x, size.y)));
    }
    explicit ScreenView(sf::RenderTarget& t) : ScreenView(t, sf::Vector2f(t.getSize())) {}
    ~ScreenView() { target.setView(previous); }
};

} // namespace

int densityClass(double perKm2) {
    int c = 0;
    for (double b : kDensityBreaks)
        if (perKm2 >= b) ++c;
    return c;
}

sf::Color densityClassColour(int densityClass) {
    return kRamp[static_cast<size_t>(std::clamp(densityClass, 0, kDensityClasses - 1))];
}

std::optional<geodata::PopulationValue> populationAt(const geodata::PopulationTable& table,
                                                     const std::string& code, double year) {
    if (!std::isfinite(year)) return std::nullopt;
    const double whole = std::floor(year);
    const int y0 = static_cast<int>(whole);
    const double t = year - whole;
    auto a = table.at(code, y0);
    if (t <= 0.0 || !a) return a;
    const auto b = table.at(code, y0 + 1);
    if (!b) return std::nullopt;
    a->value += t * (b->value - a->value);
    a->interpolated = true; // between two whole years is never exactly a known figure
    a->toYear = b->toYear;
    a->source = mergeList(a->source, b->source);
    a->note = mergeList(a->note, b->note);
    return a;
}

namespace {

// Fills per version from `colourOf(version, population)`; no data where no figure exists. Versions not
// valid in the shown year take their figure at the nearest year they were valid (for transitions).
template <typename ColourOf>
std::vector<UnitFill> fillsFor(const geodata::Dataset& dataset, const geodata::PopulationTable& table,
                               double year, ColourOf colourOf) {
    const int shown = static_cast<int>(std::floor(year));
    std::vector<UnitFill> fills(dataset.units.size(), UnitFill{kNoDataFill, true});
    for (const geodata::UnitVersion& u : dataset.units) {
        double at = year;
        if (!u.validIn(shown)) at = std::clamp(year, double(u.fromYear), double(u.toYear));
        const auto value = populationAt(table, u.code, at);
        if (!value) continue;
        if (const std::optional<sf::Color> c = colourOf(u, value->value))
            fills[static_cast<size_t>(u.id)] = UnitFill{*c, false};
    }
    return fills;
}

} // namespace

std::vector<UnitFill> densityFills(const geodata::Dataset& dataset, const geodata::PopulationTable& table,
                                   double year) {
    return fillsFor(dataset, table, year, [](const geodata::UnitVersion& u, double pop) {
        const double km2 = u.areaM2 / 1e6;
        return km2 > 0.0 ? std::optional(densityClassColour(densityClass(pop / km2))) : std::nullopt;
    });
}

std::vector<UnitFill> circleBaseFills(const geodata::Dataset& dataset, const geodata::PopulationTable& table,
                                      double year) {
    return fillsFor(dataset, table, year, [](const geodata::UnitVersion&, double pop) {
        return pop > 0.0 ? std::optional(kCircleGround) : std::nullopt;
    });
}

double circleRadiusMetres(double population, const CircleStyle& style) {
    if (!(population > 0.0) || !(style.referenceDensity > 0.0)) return 0.0;
    const double perM2 = style.referenceDensity / 1e6;
    return std::sqrt(population / (std::numbers::pi * perM2));
}

std::vector<PopulationCircle> populationCircles(const MapFrame& frame, const geodata::Dataset& dataset,
                                                const geodata::PopulationTable& table, double year,
                                                const CircleStyle& style) {
    std::vector<PopulationCircle> circles;
    for (const geodata::UnitVersion* u : dataset.unitsValidIn(static_cast<int>(std::floor(year)))) {
        auto value = populationAt(table, u->code, year);
        if (!value || !(value->value > 0.0)) continue;
        const auto r = static_cast<float>(circleRadiusMetres(value->value, style) * frame.camera.scale());
        circles.push_back({u->id, frame.camera.toScreen(u->labelAnchor), r, std::move(*value)});
    }
    std::stable_sort(
        circles.begin(), circles.end(),
        [](const PopulationCircle& a, const PopulationCircle& b) { return a.radius > b.radius; });
    return circles;
}

void drawPopulationCircles(sf::RenderTarget& target, const MapFrame& frame, const geodata::Dataset& dataset,
                           const geodata::PopulationTable& table, double year, const CircleStyle& style) {
    const ScreenView screen(target, frame.camera.viewport());
    for (const PopulationCircle& c : populationCircles(frame, dataset, table, year, style))
        drawCircle(target, c.centre, c.radius, c.value.interpolated, style, frame.textScale);
}

std::string formatThousands(double value, const std::string& separator) {
    // printf rounds any finite double to its whole digits; llround overflowed beyond 9.2·10¹⁸ (a 29-digit
    // figure showed as 0).
    if (!std::isfinite(value)) return "?";
    char text[400];
    std::snprintf(text, sizeof text, "%.0f", std::abs(value));
    const std::string digits = text;
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
        out += digits[i];
    }
    return value < 0 ? "-" + out : out;
}

sf::FloatRect drawDensityLegend(sf::RenderTarget* out, const sf::Font& font, sf::Vector2f topLeft,
                                float textScale, const LegendText& text) {
    const float s = textScale, pad = 14.0F * s, row = 30.0F * s, gap = 10.0F * s;
    const sf::Vector2f swatch(34.0F * s, 22.0F * s);
    sf::Text title = makeText(text.densityTitle, font, px(19, s));
    std::vector<std::string> labels;
    const std::string dash = "\xE2\x80\x93", atLeast = "\xE2\x89\xA5 ";
    double lo = 0;
    for (double hi : kDensityBreaks) {
        labels.push_back(formatThousands(lo, text.thousands) + dash + formatThousands(hi, text.thousands));
        lo = hi;
    }
    labels.push_back(atLeast + formatThousands(lo, text.thousands));
    labels.push_back(text.noData);
    std::vector<sf::Text> rows;
    float width = title.getLocalBounds().width;
    for (const std::string& l : labels) {
        rows.push_back(makeText(l, font, px(17, s)));
        width = std::max(width, swatch.x + gap + rows.back().getLocalBounds().width);
    }
    const float titleHeight = 24.0F * s;
    const sf::FloatRect card(topLeft.x, topLeft.y, width + 2 * pad,
                             2 * pad + titleHeight + row * static_cast<float>(rows.size()) -
                                 (row - swatch.y));
    if (!out) return card;
    sf::RenderTarget& target = *out;
    const ScreenView screen(target);
    drawCard(target, card);
    placeText(title, {topLeft.x + pad, topLeft.y + pad});
    target.draw(title);
    for (size_t i = 0; i < rows.size(); ++i) {
        const sf::Vector2f at(topLeft.x + pad, topLeft.y + pad + titleHeight + row * static_cast<float>(i));
        if (i + 1 == rows.size()) {
            drawHatchedSwatch(target, {at, swatch});
        } else {
            drawFramedRect(target, {at, swatch}, densityClassColour(static_cast<int>(i)),
                           sf::Color(0, 0, 0, 60), false);
        }
        const sf::FloatRect b = rows[i].getLocalBounds();
        placeText(rows[i], {at.x + swatch.x + gap, at.y + (swatch.y - b.height) / 2});
        target.draw(rows[i]);
    }
    return card;
}

sf::FloatRect drawGhostLegend(sf::RenderTarget* out, const sf::Font& font, sf::Vector2f topLeft,
                              float textScale, const LegendText& text) {
    if (text.ghostEarlier.empty()) return {topLeft, {0, 0}};
    const float s = textScale, pad = 14.0F * s, row = 30.0F * s, gap = 10.0F * s, sample = 34.0F * s;
    // The lines as the map draws them (palette::kGhost at kGhostWidth over kBorder), a little wider so a
    // sample this short reads at a glance.
    const std::array<std::pair<sf::Color, float>, 2> lines{
        {{palette::kGhost, kGhostWidth + 1.0F * s}, {palette::kBorder, kBorderWidth + 1.0F * s}}};
    std::array<sf::Text, 2> rows{makeText(text.ghostEarlier, font, px(17, s)),
                                 makeText(text.ghostLater, font, px(17, s))};
    const size_t count = text.ghostLater.empty() ? 1 : 2;
    float width = 0;
    for (size_t i = 0; i < count; ++i) width = std::max(width, sample + gap + rows[i].getLocalBounds().width);
    const float lineHeight = 22.0F * s;
    const sf::FloatRect card(topLeft.x, topLeft.y, width + 2 * pad,
                             2 * pad + row * static_cast<float>(count) - (row - lineHeight));
    if (!out) return card;
    sf::RenderTarget& target = *out;
    const ScreenView screen(target);
    drawCard(target, card);
    for (size_t i = 0; i < count; ++i) {
        const sf::Vector2f at(topLeft.x + pad, topLeft.y + pad + row * static_cast<float>(i));
        const float y = at.y + lineHeight / 2;
        std::vector<sf::Vertex> strokes;
        const std::array<sf::Vector2f, 2> points{sf::Vector2f(at.x, y), sf::Vector2f(at.x + sample, y)};
        appendStroke(strokes, points, false, lines[i].first);
        drawStrokes(target, strokes, lines[i].second);
        const sf::FloatRect b = rows[i].getLocalBounds();
        placeText(rows[i], {at.x + sample + gap, at.y + (lineHeight - b.height) / 2});
        target.draw(rows[i]);
    }
    return card;
}

sf::FloatRect drawCircleLegend(sf::RenderTarget* out, const sf::Font& font, sf::Vector2f topLeft,
                               float textScale, double pixelsPerMetre, const CircleStyle& style,
                               const LegendText& text) {
    const float s = textScale, pad = 14.0F * s, gap = 12.0F * s, labelSize = 17.0F * s;
    // Reference circles drawn at the map's scale; any too big for a legend at this zoom are left out.
    std::vector<std::pair<double, float>> refs; // value, radius px
    for (double v : style.legendValues) {
        const auto r = static_cast<float>(circleRadiusMetres(v, style) * pixelsPerMetre);
        if (r > 0 && (r <= 130.0F * s || refs.empty())) refs.emplace_back(v, r);
    }
    std::sort(refs.begin(), refs.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    while (refs.size() > 1 && refs.front().second > 130.0F * s) refs.erase(refs.begin());
    sf::Text title = makeText(text.circleTitle, font, px(19, s));
    const float titleHeight = 24.0F * s;
    const float big = refs.empty() ? 0.0F : refs.front().second;
    std::vector<sf::Text> labels;
    float labelWidth = 0;
    for (const auto& [v, r] : refs) {
        labels.push_back(
            makeText(formatThousands(v, text.thousands) + " " + text.inhabitants, font, px(17, s)));
        labelWidth = std::max(labelWidth, labels.back().getLocalBounds().width);
    }
    const float sampleR = 12.0F * s;
    sf::Text sample = makeText(text.interpolated, font, px(17, s));
    const float circlesHeight = std::max(2 * big, labelSize * static_cast<float>(refs.size()) * 1.3F);
    const float width = std::max({title.getLocalBounds().width, 2 * big + gap + labelWidth,
                                  2 * sampleR + gap + sample.getLocalBounds().width});
    const sf::FloatRect card(topLeft.x, topLeft.y, width + 2 * pad,
                             2 * pad + titleHeight + circlesHeight + gap + 2 * sampleR);
    if (!out) return card;
    sf::RenderTarget& target = *out;
    const ScreenView screen(target);
    drawCard(target, card);
    placeText(title, {topLeft.x + pad, topLeft.y + pad});
    target.draw(title);
    const float bottom = topLeft.y + pad + titleHeight + circlesHeight;
    const float cx = topLeft.x + pad + big;
    float nextLabel = topLeft.y + pad + titleHeight; // labels never closer than a line apart
    std::vector<sf::Vertex> leaders;
    for (size_t i = 0; i < refs.size(); ++i) {
        const float r = refs[i].second, top = bottom - 2 * r;
        CircleStyle light = style; // nested fills would stack into misleading darker rings
        light.fill.a = static_cast<sf::Uint8>(style.fill.a / 3);
        drawCircle(target, {cx, bottom - r}, r, false, light, s * 0.75F);
        const float y = std::max(top, nextLabel + labelSize * 0.5F);
        nextLabel = y + labelSize * 0.8F;
        const float lx = topLeft.x + pad + 2 * big + gap;
        const std::array<sf::Vector2f, 2> leader{sf::Vector2f(cx, top), sf::Vector2f(lx - 6.0F * s, y)};
        appendStroke(leaders, leader, false, kInk);
        const sf::FloatRect b = labels[i].getLocalBounds();
        placeText(labels[i], {lx, y - b.height / 2});
    }
    drawStrokes(target, leaders, 1.0F);
    for (sf::Text& l : labels) target.draw(l);
    const sf::Vector2f sampleAt(topLeft.x + pad + sampleR, bottom + gap + sampleR);
    drawCircle(target, sampleAt, sampleR, true, style, s * 0.75F);
    placeText(sample, {sampleAt.x + sampleR + gap, sampleAt.y - sample.getLocalBounds().height / 2});
    target.draw(sample);
    return card;
}

} // namespace render
