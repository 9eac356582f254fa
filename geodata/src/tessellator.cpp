#include "geodata/tessellator.hpp"

#include <GL/glu.h>
#include <array>
#include <deque>
#include <memory>

namespace geodata {

namespace {

// What the callbacks write into. GLU holds pointers to vertex coordinates until gluTessEndPolygon, and
// to the vertices it makes where edges cross: std::deque never moves what it holds.
struct Output {
    TriangleList triangles;
    std::deque<std::array<GLdouble, 3>> made;
    bool failed = false;
};

void GLAPIENTRY onVertex(void* vertex, void* data) {
    const auto* xyz = static_cast<const GLdouble*>(vertex);
    static_cast<Output*>(data)->triangles.push_back({xyz[0], xyz[1]});
}

// Where edges cross (a bow-tie, a ring touching itself) GLU asks for a new vertex there.
void GLAPIENTRY onCombine(const GLdouble coords[3], void* /*neighbours*/[4], const GLfloat /*weights*/[4],
                          void** vertex, void* data) {
    auto& made = static_cast<Output*>(data)->made;
    made.push_back({coords[0], coords[1], 0.0});
    *vertex = made.back().data();
}

// With an edge-flag callback, GLU hands out separate triangles only, never fans or strips.
void GLAPIENTRY onEdgeFlag(GLboolean /*flag*/, void* /*data*/) {}

void GLAPIENTRY onError(GLenum /*error*/, void* data) { static_cast<Output*>(data)->failed = true; }

using GluCallback = void(GLAPIENTRY*)();

struct TessDeleter {
    void operator()(GLUtesselator* t) const { gluDeleteTess(t); }
};

} // namespace

std::optional<TriangleList> tessellate(const Polygon& polygon) {
    const std::unique_ptr<GLUtesselator, TessDeleter> tess(gluNewTess());
    if (!tess) return std::nullopt;
    // The casts are how GLU's C interface takes callbacks of every signature.
    // NOLINTBEGIN(cppcoreguidelines-pro-type-reinterpret-cast)
    gluTessCallback(tess.get(), GLU_TESS_VERTEX_DATA, reinterpret_cast<GluCallback>(onVertex));
    gluTessCallback(tess.get(), GLU_TESS_COMBINE_DATA, reinterpret_cast<GluCallback>(onCombine));
    gluTessCallback(tess.get(), GLU_TESS_EDGE_FLAG_DATA, reinterpret_cast<GluCallback>(onEdgeFlag));
    gluTessCallback(tess.get(), GLU_TESS_ERROR_DATA, reinterpret_cast<GluCallback>(onError));
    // NOLINTEND(cppcoreguidelines-pro-type-reinterpret-cast)
    gluTessProperty(tess.get(), GLU_TESS_WINDING_RULE, GLU_TESS_WINDING_ODD);
    gluTessNormal(tess.get(), 0, 0, 1); // planar data: saves GLU from working the plane out

    // GLU keeps a pointer to each vertex's coordinates, three doubles, until the polygon ends.
    std::vector<std::array<GLdouble, 3>> coords;
    size_t total = polygon.outer.size();
    for (const Ring& hole : polygon.holes) total += hole.size();
    coords.reserve(total);
    Output out;
    out.triangles.reserve(3 * total);
    gluTessBeginPolygon(tess.get(), &out);
    auto contour = [&](const Ring& ring) {
        gluTessBeginContour(tess.get());
        for (const Point& p : ring) {
            coords.push_back({p.x, p.y, 0.0});
            gluTessVertex(tess.get(), coords.back().data(), coords.back().data());
        }
        gluTessEndContour(tess.get());
    };
    contour(polygon.outer);
    for (const Ring& hole : polygon.holes) contour(hole);
    gluTessEndPolygon(tess.get());
    if (out.failed || out.triangles.size() % 3 != 0) return std::nullopt;
    return std::move(out.triangles);
}

} // namespace geodata
