#pragma once
// RAII for a reentrant GEOS context and the geometries made with it (the generator's own:
// geodata keeps its GEOS wrapper private to the loader).
#include <geos_c.h>
#include <memory>
#include <stdexcept>
#include <string>

namespace generator {

class GeosHandle {
  public:
    GeosHandle() : m_handle(GEOS_init_r()) {
        GEOSContext_setErrorMessageHandler_r(
            m_handle, [](const char* message, void* last) { *static_cast<std::string*>(last) = message; },
            &m_lastError);
    }
    ~GeosHandle() { GEOS_finish_r(m_handle); }
    GeosHandle(const GeosHandle&) = delete;
    GeosHandle& operator=(const GeosHandle&) = delete;

    [[nodiscard]] GEOSContextHandle_t get() const { return m_handle; }

    struct Deleter {
        GEOSContextHandle_t handle;
        void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(handle, g); }
    };
    using Geometry = std::unique_ptr<GEOSGeometry, Deleter>;

    /// Takes ownership of a GEOS result; a null result (GEOS failed) throws with GEOS's message.
    [[nodiscard]] Geometry own(GEOSGeometry* g, const char* what) const {
        if (!g) throw std::runtime_error(std::string(what) + " failed in GEOS: " + m_lastError);
        return Geometry(g, Deleter{m_handle});
    }

  private:
    GEOSContextHandle_t m_handle;
    std::string m_lastError;
};

} // namespace generator
