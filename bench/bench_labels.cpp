// Cost of laying out unit names (render/label_layout.hpp) at country scale: a grid of 50 × 40 = 2000
// square units fitted into 1920×1080, every unit's name sized as DejaVu Sans at 16 px roughly is
// (7 px a letter, 4–14 letters, 15 px high), with the year card and caption as obstacles. The renderer
// lays names out only when the year, view, text size or overlays change, so this is the price of such a
// frame (a zoom or pan step), not of every frame. Pure CPU, no display needed:
//   build/bench/bench_labels
// Arguments: vertices per square's side (1 = plain squares; 100 = 400 per unit, 800 000 in all, like
// detailed borders: the fit test walks them).
#include "render/label_layout.hpp"

#include <benchmark/benchmark.h>
#include <string>
#include <vector>

namespace {

std::vector<geodata::UnitVersion> grid(int columns, int rows, double side, int verticesPerSide) {
    std::vector<geodata::UnitVersion> units;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            geodata::UnitVersion u;
            u.id = r * columns + c;
            u.code = std::string("U").append(std::to_string(u.id)); // GCC 12 warns falsely on "U" + …
            u.name = std::string(static_cast<size_t>(4 + (u.id * 7) % 11), 'a');
            const double x0 = c * side, y0 = r * side;
            geodata::Ring ring;
            const geodata::Point corners[4] = {
                {x0, y0}, {x0 + side, y0}, {x0 + side, y0 + side}, {x0, y0 + side}};
            for (int k = 0; k < 4; ++k)
                for (int i = 0; i < verticesPerSide; ++i) {
                    const double t = static_cast<double>(i) / verticesPerSide;
                    const geodata::Point a = corners[k], b = corners[(k + 1) % 4];
                    ring.push_back({a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t});
                }
            u.polygons = {geodata::Polygon{ring, {}}};
            u.labelAnchor = {x0 + side / 2, y0 + side / 2};
            u.labelRadius = side / 2;
            // Varied areas, so the priority order is not the id order.
            u.areaM2 = side * side * (1.0 + static_cast<double>((u.id * 37) % 100) / 100.0);
            u.bounds = geodata::boundsOf(u.polygons);
            units.push_back(std::move(u));
        }
    return units;
}

void layoutGrid(benchmark::State& state) {
    const std::vector<geodata::UnitVersion> units = grid(50, 40, 1000.0, static_cast<int>(state.range(0)));
    std::vector<render::LabelInput> inputs;
    for (const geodata::UnitVersion& u : units)
        inputs.push_back({&u, nullptr, {7.0F * static_cast<float>(u.name.size()), 15.0F}, u.areaM2});
    const sf::Vector2f size(1920, 1080);
    geodata::Bounds all = geodata::Bounds::empty();
    for (const geodata::UnitVersion& u : units) all.expand(u.bounds);
    render::Camera camera;
    camera.fit(all, size, 0.03F);
    const std::vector<sf::FloatRect> obstacles{{0, 0, 480, 210}, {260, 910, 1400, 170}};
    size_t inside = 0, callouts = 0;
    for (auto _ : state) {
        const std::vector<render::PlacedLabel> labels = render::layoutLabels(inputs, camera, size, obstacles);
        inside = callouts = 0;
        for (const render::PlacedLabel& l : labels) {
            inside += l.placement == render::Placement::Inside;
            callouts += l.placement == render::Placement::Callout;
        }
        benchmark::DoNotOptimize(labels.data());
    }
    state.counters["units"] = static_cast<double>(units.size());
    state.counters["inside"] = static_cast<double>(inside);
    state.counters["callouts"] = static_cast<double>(callouts);
}
BENCHMARK(layoutGrid)->Arg(1)->Arg(100)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
