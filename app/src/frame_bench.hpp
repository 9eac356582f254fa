#pragma once
// `tidsatlas --bench`: load the data, render N frames of playback offscreen after a warm-up and
// print one line, so that anyone can reproduce the figures in docs/PERFORMANCE.md.
#include "atlas.hpp"
#include "options.hpp"

#include <string>
#include <vector>

namespace app {

struct FrameTimes {
    double medianMs = 0;
    double p99Ms = 0;
};

/// Median and 99th percentile (nearest rank) of frame times in milliseconds.
[[nodiscard]] FrameTimes summarise(std::vector<double> millis);

/// Runs the benchmark and prints "median_ms=… p99_ms=… load_ms=…"; returns the exit code.
int runFrameBench(const Atlas& atlas, double loadMs, const Options& options, int year);

} // namespace app
