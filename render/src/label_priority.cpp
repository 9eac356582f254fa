#include "render/label_priority.hpp"

#include <algorithm>
#include <numeric>
#include <optional>

namespace render {

namespace {

// Each value's rank among the present ones scaled to 0–1 (equal values share the lower rank); nullopt
// stays nullopt.
std::vector<std::optional<double>> ranks(const std::vector<std::optional<double>>& values) {
    std::vector<size_t> order;
    for (size_t i = 0; i < values.size(); ++i)
        if (values[i]) order.push_back(i);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return *values[a] < *values[b]; });
    std::vector<std::optional<double>> out(values.size());
    const double top = order.size() > 1 ? static_cast<double>(order.size() - 1) : 1.0;
    for (size_t r = 0; r < order.size(); ++r) {
        const bool tie = r > 0 && *values[order[r]] == *values[order[r - 1]];
        out[order[r]] = tie ? *out[order[r - 1]] : static_cast<double>(r) / top;
    }
    return out;
}

} // namespace

std::vector<double> labelPriorities(const geodata::Dataset& dataset,
                                    const geodata::PopulationTable* population) {
    std::vector<std::optional<double>> areas, people;
    for (const geodata::UnitVersion& u : dataset.units) {
        areas.emplace_back(u.areaM2);
        std::optional<double> most;
        if (population)
            for (const geodata::PopulationRecord* r : population->recordsOf(u.code))
                if (u.validIn(r->year)) most = std::max(most.value_or(0.0), r->population);
        people.push_back(most);
    }
    const std::vector<std::optional<double>> byArea = ranks(areas), byPeople = ranks(people);
    std::vector<double> out(dataset.units.size());
    for (size_t i = 0; i < out.size(); ++i) out[i] = *byArea[i] + byPeople[i].value_or(*byArea[i]);
    return out;
}

} // namespace render
