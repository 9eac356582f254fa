#include "ui/tick_labels.hpp"

#include <algorithm>
#include <numeric>

namespace app {

std::vector<bool> chooseTickLabels(const std::vector<TickLabel>& ticks, float gap, float left, float right) {
    std::vector<size_t> order(ticks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (ticks[a].importance != ticks[b].importance) return ticks[a].importance > ticks[b].importance;
        return ticks[a].year < ticks[b].year;
    });
    std::vector<bool> written(ticks.size(), false);
    std::vector<std::pair<float, float>> taken; // [from, to) of the labels written so far
    for (const size_t i : order) {
        const float from = ticks[i].centre - ticks[i].width / 2;
        const float to = ticks[i].centre + ticks[i].width / 2;
        if (from < left || to > right) continue;
        const bool clear = std::none_of(taken.begin(), taken.end(), [&](const std::pair<float, float>& t) {
            return from < t.second + gap && to > t.first - gap;
        });
        if (!clear) continue;
        written[i] = true;
        taken.emplace_back(from, to);
    }
    return written;
}

} // namespace app
