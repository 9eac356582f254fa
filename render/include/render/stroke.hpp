#pragma once
// The one way tidsatlas draws a line: borders, outlines, leaders, circles' rims, hatching and casings.
//
// A line is a triangle strip along its points, two vertices per point, each holding the point itself and
// the direction it is pushed out to (texCoords: the angle of that direction and ±the mitre length). The
// vertex shader pushes them out in pixels, so one strip serves every zoom and the line keeps its width in
// pixels; with analytic antialiasing the fragment shader then gives each pixel the share of it the line
// covers, from its distance to the centre line (MapLibre Native's line shader does the same: a strip half
// a pixel wider on each side, alpha falling off over the last pixel). The cost is the extra half pixel on
// each side, not the four samples of every pixel that multisampling fills (see docs/PERFORMANCE.md).
#include <SFML/Graphics/RenderStates.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Vertex.hpp>
#include <span>
#include <string_view>
#include <vector>

namespace render {

/// How edges are smoothed (the app's --aa).
enum class Antialiasing {
    Analytic, // coverage from the distance to the line, in the shader: smooth at any sample count
    Msaa,     // lines with hard edges, smoothed by the target's multisampling (--msaa N)
    None,     // lines with hard edges (stair-stepped unless the target multisamples)
};

/// The process's choice, set once at start-up (default: analytic).
void setAntialiasing(Antialiasing mode);
[[nodiscard]] Antialiasing antialiasing();
[[nodiscard]] std::string_view antialiasingName(Antialiasing mode);

/// Appends a line through `points` (in the coordinates it will be drawn in) as triangle-strip vertices
/// in `colour`. Strips appended one after another may be drawn in one call: each begins and ends with a
/// repeated vertex, so the triangles between two of them have no area. `closed` joins the last point to
/// the first. Points closer than `minStep` to the last one kept are skipped; a turn sharper than a mitre
/// can follow ends the strip there and starts a new one.
void appendStroke(std::vector<sf::Vertex>& out, std::span<const sf::Vector2f> points, bool closed,
                  sf::Color colour, float minStep = 0.0F);
/// Appends a disc of `radius` around `centre` as stroke vertices: a stroke around one point, drawn as
/// wide as the disc (drawStrokes with width 2 × radius), so its rim is smoothed as a line's edge is.
void appendDisc(std::vector<sf::Vertex>& out, sf::Vector2f centre, float radius, sf::Color colour);
/// How many vertices appendStroke would append (for buffers sized before they are filled).
[[nodiscard]] size_t strokeVertexCount(std::span<const sf::Vector2f> points, bool closed,
                                       float minStep = 0.0F);

/// The states that draw stroke vertices `width` pixels wide into `target` with its current view: the
/// stroke shader, alpha blending. `base`'s transform and texture are kept.
[[nodiscard]] sf::RenderStates strokeStates(const sf::RenderTarget& target, float width,
                                            sf::RenderStates base = sf::RenderStates::Default);
/// Draws stroke vertices (sf::TriangleStrip) `width` pixels wide.
void drawStrokes(sf::RenderTarget& target, const std::vector<sf::Vertex>& vertices, float width,
                 sf::RenderStates base = sf::RenderStates::Default);

/// True when the graphics driver runs the stroke shader (GLSL 1.20, OpenGL 2.1); every Mesa driver,
/// the software ones included, does.
[[nodiscard]] bool strokesAvailable();

} // namespace render
