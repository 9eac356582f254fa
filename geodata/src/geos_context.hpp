#pragma once
// RAII over the GEOS C API (reentrant variant) and conversions to and from our polygons.
// Only geodata's sources include this: no GEOS type leaves the module.
#include "geodata/geometry.hpp"

#include <geos_c.h>
#include <memory>
#include <string>

namespace geodata {

class GeosContext {
  public:
    GeosContext();
    ~GeosContext();
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;

    [[nodiscard]] GEOSContextHandle_t handle() const { return m_handle; }
    [[nodiscard]] const std::string& lastError() const { return m_lastError; }

    struct Deleter {
        GEOSContextHandle_t handle;
        void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(handle, g); }
    };
    using GeomPtr = std::unique_ptr<GEOSGeometry, Deleter>;

    [[nodiscard]] GeomPtr wrap(GEOSGeometry* g) const { return GeomPtr(g, Deleter{m_handle}); }
    [[nodiscard]] GeomPtr toGeos(const Polygon& polygon) const;
    [[nodiscard]] GeomPtr toGeos(const std::vector<Polygon>& polygons) const; // a MultiPolygon

  private:
    GEOSContextHandle_t m_handle;
    std::string m_lastError;
};

} // namespace geodata
