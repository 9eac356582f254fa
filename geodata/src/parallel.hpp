#pragma once
// Runs independent per-feature GEOS work on every core. GEOS's reentrant API wants one
// context per thread, so each worker gets its own.
#include "geos_context.hpp"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace geodata {

template <class Work> void parallelFor(size_t count, Work work) {
    const size_t workers =
        std::clamp<size_t>(std::thread::hardware_concurrency(), 1, std::max<size_t>(count, 1));
    std::atomic<size_t> next{0};
    auto run = [&] {
        const GeosContext geos;
        for (size_t i = next++; i < count; i = next++) work(i, geos);
    };
    std::vector<std::jthread> threads;
    for (size_t t = 1; t < workers; ++t) threads.emplace_back(run);
    run();
}

} // namespace geodata
