#include "geodata/tessellator.hpp"

#include <GL/glu.h>
#include <array>
#include <cstdint>
#include <deque>
#include <memory>

namespace geodata {

namespace {

// What the callbacks write into. GLU holds pointers to vertex coordinates until gluTessEndPolygon, and
// to the vertices it makes where edges cross: std::deque never moves what it holds.
// A vertex as GLU sees it (three coordinates) with its place among the triangles' corners: the
// polygon's vertices in ring order, then those GLU makes.
struct Vertex {
    std::array<GLdouble, 3> xyz;
    std::uint32_t corner = 0;
};

struct Output {
    std::vector<std::uint32_t> corners; // three per triangle
    std::deque<Vertex> made;
    std::uint32_t polygonVertices = 0;
    bool failed = false;
};

void GLAPIENTRY onVertex(void* vertex, void* data) {
    static_cast<Output*>(data)->corners.push_back(static_cast<const Vertex*>(vertex)->corner);
}

// Where edges cross (a bow-tie, a ring touching itself) GLU asks for a new vertex there.
void GLAPIENTRY onCombine(const GLdouble coords[3], void* /*neighbours*/[4], const GLfloat /*weights*/[4],
                          void** vertex, void* data) {
    auto& out = *static_cast<Output*>(data);
    out.made.push_back(
        {{coords[0], coords[1], 0.0}, out.polygonVertices + static_cast<std::uint32_t>(out.made.size())});
    *vertex = &out.made.back();
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
    std::vector<Vertex> coords;
    size_t total = polygon.outer.size();
    for (const Ring& hole : polygon.holes) total += hole.size();
    coords.reserve(total);
    Output out;
    out.polygonVertices = static_cast<std::uint32_t>(total);
    out.corners.reserve(3 * total);
    gluTessBeginPolygon(tess.get(), &out);
    auto contour = [&](const Ring& ring) {
        gluTessBeginContour(tess.get());
        for (const Point& p : ring) {
            coords.push_back({{p.x, p.y, 0.0}, static_cast<std::uint32_t>(coords.size())});
            gluTessVertex(tess.get(), coords.back().xyz.data(), &coords.back());
        }
        gluTessEndContour(tess.get());
    };
    contour(polygon.outer);
    for (const Ring& hole : polygon.holes) contour(hole);
    gluTessEndPolygon(tess.get());
    if (out.failed || out.corners.size() % 3 != 0) return std::nullopt;
    std::vector<Point> corners;
    corners.reserve(coords.size() + out.made.size());
    for (const Vertex& v : coords) corners.push_back({v.xyz[0], v.xyz[1]});
    for (const Vertex& v : out.made) corners.push_back({v.xyz[0], v.xyz[1]});
    return TriangleList::fromIndices(std::move(corners), out.corners);
}

} // namespace geodata
