#pragma once
// How edges are smoothed, for the whole process (--aa, --msaa). render/stroke.hpp draws every line; with
// its analytic antialiasing (the default) the window and the images need no multisampling, which on a
// software renderer (Mesa's llvmpipe, PCs without a GPU driver) costs four times the fill of a frame.
#include "platform/options.hpp"

namespace app {

/// The samples a window or an offscreen image asks for: --msaa with --aa msaa, else none.
[[nodiscard]] unsigned samplesFor(const Options& options);
/// Sets the process's smoothing from --aa. False, after saying why on stderr, when the graphics driver
/// cannot run the shader every line is drawn with (GLSL 1.20: OpenGL 2.1, which every Mesa driver has).
/// Needs a display.
[[nodiscard]] bool startAntialiasing(const Options& options);

} // namespace app
