#include "render/label_layout.hpp"

#include "label_space.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <optional>

namespace render {

namespace {

constexpr float kLandCell = 4.0F;       // pixels per cell of the land raster: a letter is about 8 wide
constexpr float kCollisionCell = 32.0F; // pixels per cell of the collision grid: a short name
constexpr float kSampleStep = 4.0F;     // pixels between the points tested along a box's edges
// Leader lengths tried, in pixels at reach 1, nearest first: the shortest leader that finds free space
// wins, and beyond ~150 px a name no longer reads as belonging to its unit.
constexpr std::array<float, 10> kReach{6, 14, 24, 36, 50, 66, 84, 104, 126, 150};
constexpr int kDirections = 16;
// What a callout's place costs. Covering land (a neighbour, or the unit itself) is worst: the sea and
// the land outside the data are free space. Then another unit's anchor (where its dot or name goes),
// then a leader crossing another, then length.
constexpr float kLandCost = 10.0F;
constexpr float kAnchorCost = 4.0F;
constexpr float kCrossingCost = 5.0F;
constexpr float kLengthCost = 3.0F;
// A callout this cheap (almost all over free space, nothing covered) ends the search at its distance.
constexpr float kGoodEnough = 1.0F;

struct Unit {
    const LabelInput* in = nullptr;
    const std::vector<geodata::Polygon>* polygons = nullptr;
    sf::Vector2f anchor;  // in pixels
    float radius = 0;     // the inscribed circle's, in pixels
    sf::Vector2f extent;  // the unit's bounds, in pixels
    bool onFrame = false; // the anchor lies inside the frame
};

sf::FloatRect centredBox(sf::Vector2f centre, sf::Vector2f size) {
    // Whole pixels, so that the text drawn there is as sharp as the tests' boxes are exact.
    return {std::round(centre.x - size.x / 2), std::round(centre.y - size.y / 2), size.x, size.y};
}

sf::FloatRect grown(const sf::FloatRect& r, float by) {
    return {r.left - by, r.top - by, r.width + 2 * by, r.height + 2 * by};
}

bool inFrame(const sf::FloatRect& box, sf::Vector2f size) {
    return box.left >= 0 && box.top >= 0 && box.left + box.width <= size.x && box.top + box.height <= size.y;
}

sf::Vector2f nearestPoint(const sf::FloatRect& box, sf::Vector2f p) {
    return {std::clamp(p.x, box.left, box.left + box.width), std::clamp(p.y, box.top, box.top + box.height)};
}

bool inAny(const std::vector<geodata::Polygon>& polygons, geodata::Point p) {
    return std::any_of(polygons.begin(), polygons.end(),
                       [&](const geodata::Polygon& polygon) { return geodata::polygonContains(polygon, p); });
}

// Whether the box lies inside the unit: every corner and every few pixels of its edges inside, and no
// vertex of the unit's borders inside the box (a spike of a neighbour reaching in between the samples).
bool fitsInside(const Unit& unit, const sf::FloatRect& box, const Camera& camera) {
    const sf::Vector2f corners[4] = {{box.left, box.top},
                                     {box.left + box.width, box.top},
                                     {box.left + box.width, box.top + box.height},
                                     {box.left, box.top + box.height}};
    // Within the inscribed circle the box is inside without asking the polygons.
    const bool inCircle = std::all_of(std::begin(corners), std::end(corners), [&](sf::Vector2f c) {
        const sf::Vector2f d = c - unit.anchor;
        return d.x * d.x + d.y * d.y <= unit.radius * unit.radius;
    });
    if (inCircle) return true;
    for (int i = 0; i < 4; ++i) {
        const sf::Vector2f a = corners[i], b = corners[(i + 1) % 4];
        const int steps =
            std::max(1, static_cast<int>(std::ceil(std::hypot(b.x - a.x, b.y - a.y) / kSampleStep)));
        for (int s = 0; s < steps; ++s) {
            const float t = static_cast<float>(s) / static_cast<float>(steps);
            if (!inAny(*unit.polygons, camera.toWorld(a + (b - a) * t))) return false;
        }
    }
    const geodata::Point lo = camera.toWorld({box.left, box.top + box.height});
    const geodata::Point hi = camera.toWorld({box.left + box.width, box.top});
    const auto inBox = [&](const geodata::Point& p) {
        return p.x > lo.x && p.x < hi.x && p.y > lo.y && p.y < hi.y;
    };
    for (const geodata::Polygon& polygon : *unit.polygons) {
        if (std::any_of(polygon.outer.begin(), polygon.outer.end(), inBox)) return false;
        for (const geodata::Ring& hole : polygon.holes)
            if (std::any_of(hole.begin(), hole.end(), inBox)) return false;
    }
    return true;
}

// Where a name fits inside: on the anchor, else a little off it (a box is wider than the circle it
// must fit in, and the open space of a long unit runs along it).
bool placeInside(const Unit& unit, const Camera& camera, sf::Vector2f size, float gap,
                 const labels::Collisions& placed, PlacedLabel& out) {
    const sf::Vector2f text = unit.in->textSize;
    // A box inside the unit holds a circle of its height: no taller than the inscribed circle (plus a
    // pixel or two the simplified borders may differ by).
    if (text.y > 2 * unit.radius + 2) return false;
    // Nor larger than the unit's bounds (most names at country scale, rejected without a polygon test).
    if (text.x > unit.extent.x + 2 || text.y > unit.extent.y + 2) return false;
    static const std::array<sf::Vector2f, 13> kOffsets{{{0, 0},
                                                        {0, -0.5F},
                                                        {0, 0.5F},
                                                        {-0.25F, 0},
                                                        {0.25F, 0},
                                                        {-0.25F, -0.5F},
                                                        {0.25F, -0.5F},
                                                        {-0.25F, 0.5F},
                                                        {0.25F, 0.5F},
                                                        {-0.5F, 0},
                                                        {0.5F, 0},
                                                        {0, -1},
                                                        {0, 1}}};
    for (const sf::Vector2f offset : kOffsets) {
        const sf::FloatRect box =
            centredBox(unit.anchor + sf::Vector2f(offset.x * text.x, offset.y * text.y), text);
        if (!inFrame(box, size) || !placed.boxFree(grown(box, gap)) || !fitsInside(unit, box, camera))
            continue;
        out.placement = Placement::Inside;
        out.box = box;
        return true;
    }
    return false;
}

struct Callout {
    sf::FloatRect box;
    sf::Vector2f to;
    float cost = 0;
};

// The cheapest free place beside the unit: boxes in kDirections directions at growing distances, each
// touching the point at that distance with its nearest edge or corner.
bool placeCallout(const Unit& unit, sf::Vector2f size, const LabelLayoutStyle& style,
                  const labels::LandMask& land, const labels::Collisions& placed, PlacedLabel& out) {
    const sf::Vector2f text = unit.in->textSize;
    std::optional<Callout> best;
    const float longest = kReach.back() * style.reach;
    static const std::array<sf::Vector2f, kDirections> kUnit = [] {
        std::array<sf::Vector2f, kDirections> directions;
        for (int d = 0; d < kDirections; ++d) {
            const float angle = static_cast<float>(d) * 6.2831853F / kDirections;
            directions[static_cast<size_t>(d)] = {std::cos(angle), std::sin(angle)};
        }
        return directions;
    }();
    for (const float reach : kReach) {
        const float distance = reach * style.reach;
        for (const sf::Vector2f u : kUnit) {
            const float edge = std::max(std::abs(u.x), std::abs(u.y));
            const sf::Vector2f touch = unit.anchor + u * distance;
            const sf::FloatRect box =
                centredBox(touch + sf::Vector2f(u.x / edge * text.x / 2, u.y / edge * text.y / 2), text);
            if (!inFrame(box, size)) continue;
            const sf::FloatRect padded = grown(box, style.gap);
            if (!placed.boxFree(padded)) continue;
            const sf::Vector2f to = nearestPoint(box, unit.anchor);
            if (!placed.lineFree(unit.anchor, to)) continue;
            // Beside the right or left edge reads before above or below (horizontal text), a hair's worth.
            const float sideways = std::abs(u.y) * 0.1F;
            const float cost = kLandCost * land.landShare(box) +
                               kAnchorCost * static_cast<float>(land.anchorsIn(padded)) +
                               (placed.crossesLine(unit.anchor, to) ? kCrossingCost : 0.0F) +
                               kLengthCost * distance / longest + sideways;
            if (!best || cost < best->cost) best = Callout{box, to, cost};
        }
        if (best && best->cost <= kGoodEnough) break;
    }
    if (!best) return false;
    out.placement = Placement::Callout;
    out.box = best->box;
    out.leaderFrom = unit.anchor;
    out.leaderTo = best->to;
    return true;
}

} // namespace

std::vector<PlacedLabel> layoutLabels(const std::vector<LabelInput>& inputs, const Camera& camera,
                                      sf::Vector2f size, const std::vector<sf::FloatRect>& obstacles,
                                      const LabelLayoutStyle& style) {
    std::vector<PlacedLabel> out(inputs.size());
    std::vector<Unit> units(inputs.size());
    labels::LandMask land(size, kLandCell);
    const geodata::Bounds visible = camera.visibleWorld();
    for (size_t i = 0; i < inputs.size(); ++i) {
        const LabelInput& in = inputs[i];
        Unit& unit = units[i];
        unit.in = &in;
        unit.polygons = in.polygons ? in.polygons : &in.unit->polygons;
        unit.anchor = camera.toScreen(in.unit->labelAnchor);
        unit.radius = static_cast<float>(in.unit->labelRadius * camera.scale());
        unit.extent = sf::Vector2f(static_cast<float>(in.unit->bounds.width() * camera.scale()),
                                   static_cast<float>(in.unit->bounds.height() * camera.scale()));
        unit.onFrame =
            unit.anchor.x >= 0 && unit.anchor.y >= 0 && unit.anchor.x <= size.x && unit.anchor.y <= size.y;
        out[i].unit = in.unit->id;
        out[i].code = in.unit->code;
        out[i].text = in.unit->name;
        if (unit.onFrame) out[i].box = centredBox(unit.anchor, in.textSize);
        if (in.unit->bounds.intersects(visible)) land.addUnit(*unit.polygons, camera);
        land.addAnchor(unit.anchor);
    }
    land.finish();
    labels::Collisions placed(size, kCollisionCell);
    for (const sf::FloatRect& o : obstacles) placed.addBox(o);

    // Most important first; ties by area, then by id, so the same input always gives the same layout.
    std::vector<size_t> order(inputs.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (inputs[a].priority != inputs[b].priority) return inputs[a].priority > inputs[b].priority;
        return inputs[a].unit->areaM2 > inputs[b].unit->areaM2;
    });
    const auto named = [&](size_t i) {
        return units[i].onFrame && inputs[i].textSize.x > 0 && inputs[i].textSize.y > 0;
    };
    // Names inside their units first: they cannot collide with each other (units do not overlap), and
    // what is left over then goes around them.
    for (const size_t i : order)
        if (named(i) && placeInside(units[i], camera, size, style.gap, placed, out[i]))
            placed.addBox(grown(out[i].box, style.gap));
    for (const size_t i : order) {
        if (!named(i) || out[i].placement != Placement::Dropped) continue;
        if (!placeCallout(units[i], size, style, land, placed, out[i])) continue;
        placed.addBox(grown(out[i].box, style.gap));
        placed.addLine(out[i].leaderFrom, out[i].leaderTo);
        // The dot at the anchor stays visible: no later name covers it.
        placed.addBox(grown(sf::FloatRect(out[i].leaderFrom, {0, 0}), 3.0F));
    }
    return out;
}

} // namespace render
