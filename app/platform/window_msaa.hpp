#pragma once
// How many samples the window asks for. 4× multisampling costs a software renderer (Mesa's
// llvmpipe, on PCs without a GPU driver) about 28 ms per 1080p frame before anything is drawn,
// more than the whole frame budget; on a GPU it costs next to nothing. So unless --msaa was given,
// the window uses none on a software renderer.
#include "platform/options.hpp"

#include <string>

namespace app {

/// Whether an OpenGL renderer string (GL_RENDERER) names a software rasteriser.
[[nodiscard]] bool isSoftwareRenderer(const std::string& renderer);
/// The samples for a window: what --msaa said if it was given, else 0 on a software renderer and
/// the default otherwise.
[[nodiscard]] unsigned windowMsaa(const Options& options, const std::string& renderer);
/// GL_RENDERER of a context like the window's (asked once per process).
[[nodiscard]] const std::string& glRenderer();

} // namespace app
