// Linked into the test programs of the sanitizer build only (TIDSATLAS_SANITIZE): dlclose() does nothing,
// so every library loaded at run time stays mapped until the process ends.
//
// Why: LeakSanitizer looks for leaks at exit, after libGL has dlclose'd Mesa's driver (swrast_dri.so).
// Mesa keeps a heap for generated code in a static of that driver (gallium/auxiliary/rtasm/rtasm_execmem.c:
// exec_heap = u_mmInit(0, 10 MiB), two 56-byte blocks made on the first draw call and kept, by design, for
// the life of the process). Once the driver is unmapped LSan no longer sees that static, so it calls the two
// blocks "indirect leaks", and it cannot name the code that made them either. With the driver still mapped
// the blocks are reachable and nothing is reported, while a real leak anywhere (ours or a library's) still
// is: LSan scans the globals of every loaded library, as it does for the libraries linked at start.
// docs/ROBUSTNESS.md ("What LeakSanitizer found") says how this was found.
#include <dlfcn.h>

extern "C" int dlclose(void* /*handle*/) noexcept { return 0; }
