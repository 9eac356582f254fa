#include "render/scene_plan.hpp"

#include <algorithm>
#include <cmath>

namespace render {

namespace {

float right(const sf::FloatRect& r) { return r.left + r.width; }
float bottom(const sf::FloatRect& r) { return r.top + r.height; }
bool empty(const sf::FloatRect& r) { return r.width <= 0 || r.height <= 0; }
bool overlaps(const sf::FloatRect& a, const sf::FloatRect& b) {
    return a.left < right(b) && b.left < right(a) && a.top < bottom(b) && b.top < bottom(a);
}

/// The target less every covered box, each cut off from the side that keeps the most: a bar along the
/// bottom takes the bottom strip, a panel along the right the right strip.
sf::FloatRect stageFor(const PlanRequest& r) {
    sf::FloatRect stage(0, 0, r.size.x, r.size.y);
    for (const sf::FloatRect& c : r.covered) {
        if (empty(c) || !overlaps(c, stage)) continue;
        const sf::FloatRect cuts[] = {
            {stage.left, bottom(c), stage.width, bottom(stage) - bottom(c)}, // keep below it
            {stage.left, stage.top, stage.width, c.top - stage.top},         // keep above it
            {right(c), stage.top, right(stage) - right(c), stage.height},    // keep right of it
            {stage.left, stage.top, c.left - stage.left, stage.height},      // keep left of it
        };
        const auto* best =
            std::max_element(std::begin(cuts), std::end(cuts), [](const auto& a, const auto& b) {
                return std::max(a.width, 0.0F) * std::max(a.height, 0.0F) <
                       std::max(b.width, 0.0F) * std::max(b.height, 0.0F);
            });
        if (best->width > 0 && best->height > 0) stage = *best;
    }
    return stage;
}

/// Height of a caption with `title` and `text` lines (and one meta line), at text scale `s`.
float captionHeight(int title, int text, float s) {
    return s * (2 * kCaptionPadPx +
                kCaptionLineSpacing * (kCaptionTitlePx * title + kCaptionTextPx * text + kCaptionMetaPx));
}

struct Metrics {
    float s, margin, badgeW, badgeH, gap;
    explicit Metrics(float scale)
        : s(scale), margin(16.0F * scale), badgeW(kBadgeWidth * scale), badgeH(kBadgeHeight * scale),
          gap(kBadgeGap * scale) {}
};

/// A column of badges (more columns leftwards when one is full) whose top right is at `topRight`, no
/// lower than `lowest`.
void badgeColumn(ScenePlan& p, size_t n, sf::Vector2f topRight, float lowest, const Metrics& m) {
    if (n == 0) return;
    const auto fit =
        static_cast<size_t>(std::max(1.0F, std::floor((lowest - topRight.y + m.gap) / (m.badgeH + m.gap))));
    const size_t columns = (n + fit - 1) / fit, rows = std::min(n, fit);
    const float w = static_cast<float>(columns) * (m.badgeW + m.gap) - m.gap;
    const float h = static_cast<float>(rows) * (m.badgeH + m.gap) - m.gap;
    p.badges = {topRight.x - w, topRight.y, w, h};
    p.badgeColumns = static_cast<int>(columns);
}

void bottomRight(ScenePlan& p, sf::Vector2f attribution, const Metrics& m) {
    if (attribution.x <= 0) return;
    p.attribution = {right(p.stage) - m.margin - attribution.x, bottom(p.stage) - m.margin - attribution.y,
                     attribution.x, attribution.y};
}

/// Landscape: card, legend and (with `captionInColumn`) the caption in a column at the left, badges at the
/// right, the attribution in the bottom-right corner; else the caption runs along the bottom.
ScenePlan columns(const PlanRequest& r, const sf::FloatRect& stage, bool captionInColumn) {
    const Metrics m(r.textScale);
    ScenePlan p;
    p.stage = stage;
    const float x = stage.left + m.margin;
    float y = stage.top + m.margin;
    if (r.card.x > 0) {
        p.card = {x, y, r.card.x, r.card.y};
        y = bottom(p.card) + m.margin;
    }
    if (r.legend.x > 0) {
        p.legend = {x, y, r.legend.x, r.legend.y};
        y = bottom(p.legend) + m.margin;
    }
    bottomRight(p, r.attribution, m);
    const float floor = p.attribution.height > 0 ? p.attribution.top - m.margin : bottom(stage) - m.margin;
    // Wide enough for a long word of a title ("Kommunreformen" at 34 px is 345 px) and its padding.
    const float column = std::clamp(stage.width * 0.26F, 400.0F * m.s, 520.0F * m.s);
    if (r.caption && captionInColumn) {
        p.caption = {x, y, std::max({column, r.card.x, r.legend.x}), bottom(stage) - m.margin - y};
        // No room for the caption's lines, or the attribution would run into it: not this arrangement.
        if (p.caption.height < captionHeight(2, 4, m.s)) return {};
        if (p.attribution.width > 0 && p.attribution.left < right(p.caption) + m.margin) return {};
    } else if (r.caption) {
        const float h = captionHeight(1, 3, m.s);
        const float w =
            (p.attribution.width > 0 ? p.attribution.left - m.margin : right(stage) - m.margin) - x;
        if (w < column) return {}; // beside a long attribution the caption would be a sliver
        p.caption = {x, bottom(stage) - m.margin - h, w, h};
    }
    badgeColumn(p, r.badges, {right(stage) - m.margin, stage.top + m.margin}, floor, m);
    return p;
}

/// Portrait (and each half of a comparison): card, legend and badges in a band at the top, the caption
/// and the attribution in a band at the bottom.
ScenePlan bands(const PlanRequest& r, const sf::FloatRect& stage) {
    const Metrics m(r.textScale);
    ScenePlan p;
    p.stage = stage;
    float x = stage.left + m.margin;
    const float top = stage.top + m.margin;
    float below = top; // the lowest bottom in the top band so far
    if (r.card.x > 0) {
        p.card = {x, top, r.card.x, r.card.y};
        x = right(p.card) + m.margin;
        below = bottom(p.card);
    }
    if (r.legend.x > 0) {
        const bool beside = x + r.legend.x <= right(stage) - m.margin;
        p.legend = beside ? sf::FloatRect(x, top, r.legend.x, r.legend.y)
                          : sf::FloatRect(stage.left + m.margin, below + m.margin, r.legend.x, r.legend.y);
        if (beside) x = right(p.legend) + m.margin;
        below = std::max(below, bottom(p.legend));
    }
    if (r.badges > 0) {
        // Rows from the right edge, beside the card and legend when two fit there, else under them.
        const float width = right(stage) - m.margin - x;
        const bool beside = width >= 2 * m.badgeW + m.gap;
        const float w = beside ? width : stage.width - 2 * m.margin;
        const auto perRow = static_cast<size_t>(std::max(1.0F, std::floor((w + m.gap) / (m.badgeW + m.gap))));
        const size_t rows = (r.badges + perRow - 1) / perRow, inRow = std::min(r.badges, perRow);
        const float bw = static_cast<float>(inRow) * (m.badgeW + m.gap) - m.gap;
        const float bh = static_cast<float>(rows) * (m.badgeH + m.gap) - m.gap;
        p.badges = {right(stage) - m.margin - bw, beside ? top : below + m.margin, bw, bh};
        p.badgeColumns = static_cast<int>(inRow);
    }
    bottomRight(p, r.attribution, m);
    if (r.caption) {
        const float h = captionHeight(1, 3, m.s);
        const float base =
            p.attribution.height > 0 ? p.attribution.top - m.margin * 0.5F : bottom(stage) - m.margin;
        p.caption = {stage.left + m.margin, base - h, stage.width - 2 * m.margin, h};
    }
    return p;
}

double showScale(const sf::FloatRect& r, const geodata::Bounds& b) {
    if (r.width <= 0 || r.height <= 0) return 0;
    return std::min(r.width / std::max(b.width(), 1e-9), r.height / std::max(b.height(), 1e-9));
}

} // namespace

sf::FloatRect unionOf(const sf::FloatRect& a, const sf::FloatRect& b) {
    if (empty(a)) return b;
    const float l = std::min(a.left, b.left), t = std::min(a.top, b.top);
    return {l, t, std::max(right(a), right(b)) - l, std::max(bottom(a), bottom(b)) - t};
}

std::vector<sf::FloatRect> ScenePlan::reserved() const {
    std::vector<sf::FloatRect> out;
    for (const sf::FloatRect* r : {&card, &legend, &caption, &badges, &attribution})
        if (!empty(*r)) out.push_back(*r);
    return out;
}

sf::FloatRect largestFreeRect(const sf::FloatRect& stage, const std::vector<sf::FloatRect>& boxes,
                              const geodata::Bounds& bounds, float gap) {
    std::vector<float> lefts{stage.left}, rights{right(stage)}, tops{stage.top}, bottoms{bottom(stage)};
    for (const sf::FloatRect& b : boxes) {
        lefts.push_back(right(b) + gap);
        rights.push_back(b.left - gap);
        tops.push_back(bottom(b) + gap);
        bottoms.push_back(b.top - gap);
    }
    sf::FloatRect best;
    double bestScale = -1;
    for (float l : lefts)
        for (float r : rights)
            for (float t : tops)
                for (float b : bottoms) {
                    if (l < stage.left || r > right(stage) || t < stage.top || b > bottom(stage)) continue;
                    const sf::FloatRect c(l, t, r - l, b - t);
                    const double scale = showScale(c, bounds);
                    if (scale <= bestScale) continue;
                    const bool clear =
                        std::none_of(boxes.begin(), boxes.end(),
                                     [&](const sf::FloatRect& box) { return overlaps(c, box); });
                    if (!clear) continue;
                    best = c;
                    bestScale = scale;
                }
    return bestScale > 0 ? best : stage;
}

ScenePlan planScene(const PlanRequest& r) {
    const sf::FloatRect stage = stageFor(r);
    std::vector<ScenePlan> drafts{bands(r, stage)};
    if (!r.bandsOnly) {
        drafts.push_back(columns(r, stage, true));
        drafts.push_back(columns(r, stage, false));
    }
    const float gap = 12.0F * r.textScale;
    ScenePlan best;
    double bestScale = -1;
    for (ScenePlan& d : drafts) {
        if (empty(d.stage)) continue; // an arrangement with no room for its parts
        d.map = largestFreeRect(stage, d.reserved(), r.bounds, gap);
        const double scale = showScale(d.map, r.bounds);
        // A clearly larger map wins; between near equals the earlier (simpler) arrangement stays.
        if (scale > bestScale * 1.02) {
            best = d;
            bestScale = scale;
        }
    }
    return best;
}

} // namespace render
