#pragma once
// The main() of the benchmarks that load a dataset (bench_load, bench_unit_overlaps): Google Benchmark's
// own, with --data=DIR for a dataset folder other than the bundled one, and a default number of
// repetitions (so a plain run reports a median) unless the command line names one.
#include <benchmark/benchmark.h>
#include <string>
#include <string_view>
#include <vector>

namespace bench {

inline int runDatasetBenchmarks(int argc, char** argv, std::string& dataDir, int defaultRepetitions) {
    std::vector<char*> args;
    for (int i = 0; i < argc; ++i) {
        const std::string_view a(argv[i]);
        if (a.starts_with("--data="))
            dataDir = std::string(a.substr(7));
        else
            args.push_back(argv[i]);
    }
    bool repetitionsGiven = false;
    for (const char* a : args)
        if (std::string_view(a).starts_with("--benchmark_repetitions")) repetitionsGiven = true;
    std::string repetitions = "--benchmark_repetitions=" + std::to_string(defaultRepetitions);
    if (!repetitionsGiven) args.insert(args.begin() + 1, repetitions.data());
    int count = static_cast<int>(args.size());
    benchmark::Initialize(&count, args.data());
    if (benchmark::ReportUnrecognizedArguments(count, args.data())) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

} // namespace bench
