// Load time for the bundled Södertörn dataset: geodata::loadDataset does everything the app does
// before its first frame — read the layers with GDAL/OGR, reproject, repair (MakeValid),
// triangulate (GEOS constrained Delaunay), label anchors (maximum inscribed circle), lineage,
// neighbours and shared borders. Target (issue 2): under 300 ms on the 2-core CI machine.
//
//   build/bench/bench_load                            # mean/median/stddev over 10 repetitions
//   build/bench/bench_load --benchmark_repetitions=20 --benchmark_report_aggregates_only=true
//   build/bench/bench_load --data=/tmp/country --benchmark_repetitions=3   # any dataset folder
#include "dataset_bench_main.hpp"
#include "geodata/dataset.hpp"

#include <benchmark/benchmark.h>
#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace {

// Every load from the source files: this benchmark times the processing, not the cache.
const geodata::LoadOptions kCold{false, {}};

// The dataset loaded: the bundled data unless --data=DIR names another folder.
std::string g_dataDir = TIDSATLAS_DATA_DIR;

void BM_LoadDataset(benchmark::State& state) {
    // The first load in a process also registers GDAL's drivers (loadDataset calls
    // GDALAllRegister; later calls are no-ops). That is app start-up rather than load, so one
    // untimed warm-up load runs first and its time is reported on its own as first_load_ms.
    static const double firstLoadMs = [] {
        const auto start = std::chrono::steady_clock::now();
        const geodata::LoadResult warm = geodata::loadDataset(g_dataDir, kCold);
        benchmark::DoNotOptimize(warm);
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    }();
    std::size_t units = 0;
    std::size_t triangles = 0;
    std::size_t contextTriangles = 0;
    for (auto _ : state) {
        geodata::LoadResult result = geodata::loadDataset(g_dataDir, kCold);
        if (!result) {
            state.SkipWithError(("loadDataset failed: " + result.error->toString()).c_str());
            return;
        }
        units = result.dataset->units.size();
        triangles = 0;
        for (const auto& u : result.dataset->units) triangles += u.triangles.size() / 3; // 3 points each
        contextTriangles = 0;
        for (const auto& f : result.dataset->context) contextTriangles += f.triangles.size() / 3;
        benchmark::DoNotOptimize(result);
        // The Dataset is destroyed inside the timed loop (the app pays that too when it reloads).
    }
    state.counters["unit_versions"] = static_cast<double>(units);
    state.counters["triangles"] = static_cast<double>(triangles);
    state.counters["context_triangles"] = static_cast<double>(contextTriangles);
    state.counters["first_load_ms"] = firstLoadMs;
}

} // namespace

// Each load takes hundreds of milliseconds, so a fixed iteration count per repetition keeps the
// run short; repetitions give the spread (median over 10 by default, see main). The load runs its
// geometry work on a thread per core, so the figure that matters is wall-clock time
// (UseRealTime); the CPU column is the whole process's CPU time, all threads included.
BENCHMARK(BM_LoadDataset)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

// 10 repetitions by default, so `./dev bench` reports a median without extra arguments.
int main(int argc, char** argv) { return bench::runDatasetBenchmarks(argc, argv, g_dataDir, 10); }
