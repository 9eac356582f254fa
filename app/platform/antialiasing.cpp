#include "platform/antialiasing.hpp"

#include <SFML/Window/Context.hpp>
#include <cstdio>

namespace app {

unsigned samplesFor(const Options& options) {
    return options.aa == render::Antialiasing::Msaa ? options.msaa : 0U;
}

bool startAntialiasing(const Options& options) {
    render::setAntialiasing(options.aa);
    const sf::Context context; // the shader is compiled once, for every context of the process
    if (render::strokesAvailable()) return true;
    std::fprintf(stderr, "tidsatlas: this graphics driver cannot run the shader that draws the map's lines "
                         "(GLSL 1.20, OpenGL 2.1 or later is needed; Mesa's software renderer llvmpipe has "
                         "it: try LIBGL_ALWAYS_SOFTWARE=1)\n");
    return false;
}

} // namespace app
