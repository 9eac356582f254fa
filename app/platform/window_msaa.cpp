#include "platform/window_msaa.hpp"

#include <SFML/OpenGL.hpp>
#include <SFML/Window/Context.hpp>
#include <array>

namespace app {

bool isSoftwareRenderer(const std::string& renderer) {
    // Mesa's software rasterisers name themselves so; "Software Rasterizer" is the old swrast.
    for (const char* name : std::array{"llvmpipe", "softpipe", "swrast", "Software Rasterizer", "SWR "})
        if (renderer.find(name) != std::string::npos) return true;
    return false;
}

unsigned windowMsaa(const Options& options, const std::string& renderer) {
    if (options.msaaGiven) return options.msaa;
    return isSoftwareRenderer(renderer) ? 0U : options.msaa;
}

const std::string& glRenderer() {
    static const std::string renderer = [] {
        const sf::Context context;
        const auto* name = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
        return std::string(name ? name : "");
    }();
    return renderer;
}

} // namespace app
