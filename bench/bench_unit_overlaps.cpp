// The check that no two units of one year cover the same land (geodata/src/unit_overlaps.cpp), alone:
// it runs on every cold load, after the areas are known, so its time adds to the country's cold-load
// budget (docs/PERFORMANCE.md: under 5 s). The dataset is loaded once (untimed); each iteration checks
// all of its versions.
//
//   build/bench/bench_unit_overlaps                                   # the bundled data
//   build/bench/bench_unit_overlaps --data=/tmp/country --benchmark_repetitions=5
#include "dataset_bench_main.hpp"
#include "geodata/dataset.hpp"
#include "unit_overlaps.hpp"

#include <benchmark/benchmark.h>
#include <numeric>
#include <string>
#include <string_view>
#include <vector>

namespace {

std::string g_dataDir = TIDSATLAS_DATA_DIR;

// Loaded once, from the cache if there is one: the check needs the versions and their areas, not a cold load.
const geodata::LoadResult& loaded() {
    static const geodata::LoadResult result = geodata::loadDataset(g_dataDir);
    return result;
}

void BM_CheckUnitsDisjoint(benchmark::State& state) {
    if (!loaded()) {
        state.SkipWithError(("loadDataset failed: " + loaded().error->toString()).c_str());
        return;
    }
    const geodata::Dataset& ds = *loaded().dataset;
    std::vector<long> fids(ds.units.size());
    std::iota(fids.begin(), fids.end(), 0L);
    geodata::OverlapCheckCounts counts;
    for (auto _ : state) {
        const auto error = geodata::checkUnitsDisjoint(g_dataDir, ds.units, fids, &counts);
        if (error) {
            state.SkipWithError(error->toString().c_str());
            return;
        }
        benchmark::DoNotOptimize(error);
    }
    state.counters["unit_versions"] = static_cast<double>(ds.units.size());
    state.counters["candidate_pairs"] = static_cast<double>(counts.candidates);
    state.counters["measured_pairs"] = static_cast<double>(counts.measured);
}

} // namespace

// The check runs its pairs on a thread per core, so wall-clock time is the figure (UseRealTime); the
// CPU column is the whole process's, all threads included.
BENCHMARK(BM_CheckUnitsDisjoint)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

// 5 repetitions by default; --data=DIR for another dataset folder.
int main(int argc, char** argv) { return bench::runDatasetBenchmarks(argc, argv, g_dataDir, 5); }
