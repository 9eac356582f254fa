#pragma once
// The multisampling level to ask the graphics driver for. SFML refuses an offscreen image whose level
// is above the driver's maximum (Mesa's llvmpipe has 4, and --msaa offers 8) and gives a window a
// lower level with a three-line warning; so every place that creates an image or a window with
// --msaa asks here first and gets the highest level the driver has at or below the request.
namespace app {

/// Pure: the highest power of two at or below both `requested` and `driverMax` (0 when either is
/// below 2). --msaa offers powers of two, and every driver supports those below its maximum.
[[nodiscard]] unsigned highestSampleLevel(unsigned requested, unsigned driverMax);

/// GL_MAX_SAMPLES of a context like the images' and windows' (asked once per process).
[[nodiscard]] unsigned driverMaxSamples();

/// `requested` when the driver has it, else the highest level it has below it, said once per
/// process in one log line ("--msaa 8: … using 4").
[[nodiscard]] unsigned supportedSampleLevel(unsigned requested);

} // namespace app
