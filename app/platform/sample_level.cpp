#include "platform/sample_level.hpp"

#include "platform/log.hpp"
#include "platform/window_msaa.hpp"

#include <SFML/OpenGL.hpp>
#include <SFML/Window/Context.hpp>
#include <algorithm>
#include <mutex>
#include <set>
#include <string>

#ifndef GL_MAX_SAMPLES
#define GL_MAX_SAMPLES 0x8D57 // OpenGL 3.0 / ARB_framebuffer_object; older headers lack the name
#endif

namespace app {

unsigned highestSampleLevel(unsigned requested, unsigned driverMax) {
    const unsigned limit = std::min(requested, driverMax);
    unsigned level = 0;
    for (unsigned power = 2; power <= limit; power *= 2) level = power;
    return level;
}

unsigned driverMaxSamples() {
    static const unsigned samples = [] {
        const sf::Context context;
        // A driver without multisampled framebuffers does not know the name and leaves the value: 0.
        GLint max = 0;
        glGetIntegerv(GL_MAX_SAMPLES, &max);
        while (glGetError() != GL_NO_ERROR) {}
        return static_cast<unsigned>(std::max(max, 0));
    }();
    return samples;
}

unsigned supportedSampleLevel(unsigned requested) {
    if (requested == 0) return 0; // no context needed to ask for nothing
    const unsigned level = highestSampleLevel(requested, driverMaxSamples());
    if (level != requested) {
        // Said once per request and process: the window asks again on every switch to fullscreen.
        static std::mutex mutex;
        static std::set<unsigned> said;
        const std::lock_guard lock(mutex);
        if (said.insert(requested).second)
            logInfo("--msaa " + std::to_string(requested) + ": the graphics driver (" + glRenderer() +
                    ") supports at most " + std::to_string(driverMaxSamples()) + " samples; using " +
                    std::to_string(level));
    }
    return level;
}

} // namespace app
