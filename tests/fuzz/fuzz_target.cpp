// One libFuzzer target; CMake compiles this file once per entry point, with FUZZ_ENTRY naming it
// (fuzz_timeline runs fuzz::timeline, …). See tests/fuzz/README.md.
#include "fuzz_entry_points.hpp"

#include <cstddef>
#include <cstdint>

#ifndef FUZZ_ENTRY
#error "FUZZ_ENTRY must name a function in fuzz_entry_points.hpp"
#endif

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // The problems found are the loader's normal answer to bad input; only a crash, a sanitizer report,
    // an uncaught exception or a hang is a finding.
    (void)fuzz::FUZZ_ENTRY({reinterpret_cast<const char*>(data), size});
    return 0;
}
