// The alluvial diagram's flows: land traced back through the lineage graph between columns.
#include "bundled_dataset.hpp"
#include "modes/teach/lineage_flow.hpp"

#include <gtest/gtest.h>
#include <map>
#include <set>

TEST(LineageFlow, ColumnsAreTheReformYears) {
    EXPECT_EQ(app::flowYears(fixtures::bundledDataset()),
              (std::vector<int>{1900, 1952, 1971, 1974, 1983, 1999}));
}

// Land is never counted twice. (It may be missing where the boundary data has a gap: Taxinge's
// land lies in no unit from 1952 to 1970, so Södertälje 1971 receives less than its area.)
TEST(LineageFlow, NoUnitReceivesMoreThanItsArea) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    const app::FlowDiagram d = app::buildFlowDiagram(ds, app::flowYears(ds));
    ASSERT_EQ(d.flows.size(), d.columns.size() - 1);
    for (size_t c = 0; c < d.flows.size(); ++c) {
        std::map<int, double> received;
        for (const app::Flow& f : d.flows[c]) received[f.to] += f.areaM2;
        for (int to : d.columns[c + 1].units) {
            const geodata::UnitVersion& u = ds.units[static_cast<size_t>(to)];
            EXPECT_LE(received[to], u.areaM2 * 1.01) << u.name << " in " << d.columns[c + 1].year;
        }
    }
}

TEST(LineageFlow, UnitsWithoutDataGapsReceiveTheirWholeArea) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    const app::FlowDiagram d = app::buildFlowDiagram(ds, app::flowYears(ds));
    const std::map<std::string, int> clean = {
        {"Haninge", 1971}, {"Botkyrka", 1974}, {"Salem", 1983}, {"Nykvarn", 1999}};
    int checked = 0;
    for (size_t c = 0; c < d.flows.size(); ++c) {
        std::map<int, double> received;
        for (const app::Flow& f : d.flows[c]) received[f.to] += f.areaM2;
        for (int to : d.columns[c + 1].units) {
            const geodata::UnitVersion& u = ds.units[static_cast<size_t>(to)];
            const auto it = clean.find(u.name);
            if (it == clean.end() || it->second != d.columns[c + 1].year) continue;
            EXPECT_NEAR(received[to], u.areaM2, u.areaM2 * 0.01) << u.name;
            ++checked;
        }
    }
    EXPECT_EQ(checked, 4);
}

TEST(LineageFlow, HaningeIn1971GetsItsLandFromTheHaningeParishesAndDalaro) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    const app::FlowDiagram d = app::buildFlowDiagram(ds, {1952, 1971});
    std::set<std::string> sources;
    for (const app::Flow& f : d.flows[0])
        if (ds.units[static_cast<size_t>(f.to)].name == "Haninge")
            sources.insert(ds.units[static_cast<size_t>(f.from)].name);
    EXPECT_EQ(sources, (std::set<std::string>{"Dalarö", "Österhaninge", "Västerhaninge"}));
}
