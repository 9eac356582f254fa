#pragma once
// `tidsatlas --bench`: load the data, render N frames of playback offscreen after a warm-up and
// print one line, so that anyone can reproduce the figures in docs/PERFORMANCE.md.
#include "content/atlas.hpp"
#include "content/i18n.hpp"
#include "platform/options.hpp"

#include <optional>
#include <string>
#include <vector>

namespace app {

struct FrameTimes {
    double medianMs = 0;
    double p99Ms = 0;
};

/// Median and 99th percentile (nearest rank) of frame times in milliseconds.
[[nodiscard]] FrameTimes summarise(std::vector<double> millis);

/// Peak resident set size of this process so far (VmHWM in /proc/self/status), in MiB;
/// nullopt where the kernel does not report it.
[[nodiscard]] std::optional<double> peakResidentMb();

/// Runs the benchmark and prints "median_ms=… p99_ms=… load_ms=… rss_mb=…" and what was drawn
/// (frames, size, msaa samples given, hold=Y-Y or playback=from-to, units); returns the exit code.
int runFrameBench(const Atlas& atlas, const Strings& strings, double loadMs, const Options& options,
                  int year);

} // namespace app
