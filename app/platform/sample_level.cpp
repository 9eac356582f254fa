#include "platform/sample_level.hpp"

#include "platform/log.hpp"

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

namespace {

struct Driver {
    unsigned maxSamples = 0;
    std::string renderer; // GL_RENDERER, to name the driver in the one line
};

// Asked once per process, in a context like the images' and windows'.
const Driver& driver() {
    static const Driver answer = [] {
        const sf::Context context;
        // A driver without multisampled framebuffers does not know the name and leaves the value: 0.
        GLint max = 0;
        glGetIntegerv(GL_MAX_SAMPLES, &max);
        while (glGetError() != GL_NO_ERROR) {}
        const auto* name = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
        return Driver{static_cast<unsigned>(std::max(max, 0)), name ? name : ""};
    }();
    return answer;
}

} // namespace

unsigned driverMaxSamples() { return driver().maxSamples; }

unsigned supportedSampleLevel(unsigned requested) {
    if (requested == 0) return 0; // no context needed to ask for nothing
    const unsigned level = highestSampleLevel(requested, driverMaxSamples());
    if (level != requested) {
        // Said once per request and process: the window asks again on every switch to fullscreen.
        static std::mutex mutex;
        static std::set<unsigned> said;
        const std::lock_guard lock(mutex);
        if (said.insert(requested).second)
            logInfo("--msaa " + std::to_string(requested) + ": the graphics driver (" + driver().renderer +
                    ") supports at most " + std::to_string(driverMaxSamples()) + " samples; using " +
                    std::to_string(level));
    }
    return level;
}

} // namespace app
