#include "geos_context.hpp"

#include <vector>

namespace geodata {

namespace {
// GEOS hands us the formatted message; keep the last one for our error reports.
void storeMessage(const char* message, void* userdata) { *static_cast<std::string*>(userdata) = message; }

GEOSGeometry* makeRing(GEOSContextHandle_t h, const Ring& ring) {
    const auto n = static_cast<unsigned>(ring.size());
    const bool closed = n > 0 && ring.front() == ring.back();
    const unsigned count = closed ? n : n + 1;
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(h, count, 2);
    for (unsigned i = 0; i < count; ++i) {
        const Point& p = ring[i % n];
        GEOSCoordSeq_setXY_r(h, seq, i, p.x, p.y);
    }
    return GEOSGeom_createLinearRing_r(h, seq);
}
} // namespace

GeosContext::GeosContext() : m_handle(GEOS_init_r()) {
    GEOSContext_setErrorMessageHandler_r(m_handle, storeMessage, &m_lastError);
}

GeosContext::~GeosContext() { GEOS_finish_r(m_handle); }

GeosContext::GeomPtr GeosContext::toGeos(const Polygon& polygon) const {
    std::vector<GEOSGeometry*> holes;
    holes.reserve(polygon.holes.size());
    for (const Ring& hole : polygon.holes) holes.push_back(makeRing(m_handle, hole));
    return wrap(GEOSGeom_createPolygon_r(m_handle, makeRing(m_handle, polygon.outer), holes.data(),
                                         static_cast<unsigned>(holes.size())));
}

GeosContext::GeomPtr GeosContext::toGeos(const std::vector<Polygon>& polygons) const {
    std::vector<GEOSGeometry*> parts;
    parts.reserve(polygons.size());
    for (const Polygon& p : polygons) parts.push_back(toGeos(p).release());
    return wrap(GEOSGeom_createCollection_r(m_handle, GEOS_MULTIPOLYGON, parts.data(),
                                            static_cast<unsigned>(parts.size())));
}

} // namespace geodata
