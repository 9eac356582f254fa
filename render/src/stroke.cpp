#include "render/stroke.hpp"

#include <SFML/Graphics/Shader.hpp>
#include <algorithm>
#include <cmath>
#include <memory>
#include <numbers>

namespace render {

namespace {

Antialiasing g_mode = Antialiasing::Analytic;

// A join turning more sharply than this (mitre longer than twice the half width: a turn of more than
// 120°) ends the strip and starts a new one with square ends, as a mitre limit does in MapLibre and AGG;
// a longer mitre would poke out far beyond the corner.
constexpr float kMitreLimit = 2.0F;

// Pushes each vertex out by its mitre times the outset, in pixels after the view's transform, and tells
// the fragment shader how far from the centre line it is.
constexpr const char* kVertexShader = R"(#version 120
uniform vec2 viewport;
uniform float outset;
varying float across;
void main() {
    vec4 position = gl_ModelViewProjectionMatrix * gl_Vertex;
    float angle = gl_MultiTexCoord0.x;
    float mitre = gl_MultiTexCoord0.y;
    vec2 toPixels = vec2(0.5 * viewport.x, -0.5 * viewport.y);
    vec2 direction = (gl_ModelViewProjectionMatrix * vec4(cos(angle), sin(angle), 0.0, 0.0)).xy * toPixels;
    float length = length(direction);
    vec2 offset = length > 0.0 ? direction / length * (mitre * outset) : vec2(0.0);
    position.xy += offset / toPixels * position.w;
    across = sign(mitre) * outset;
    gl_Position = position;
    gl_FrontColor = gl_Color;
}
)";

// The share of a pixel the line covers: a one-pixel box across the line at distance d from its centre,
// against the line's [-halfWidth, halfWidth]. With analytic = 0 every pixel of the strip is covered (the
// strip is then exactly the line's width and the target's samples, if any, smooth its edges).
constexpr const char* kFragmentShader = R"(#version 120
uniform float halfWidth;
uniform float analytic;
varying float across;
void main() {
    float d = abs(across);
    float coverage = clamp(min(d + 0.5, halfWidth) - max(d - 0.5, -halfWidth), 0.0, 1.0);
    gl_FragColor = vec4(gl_Color.rgb, gl_Color.a * mix(1.0, coverage, analytic));
}
)";

// Made on first use, when a GL context exists, and never destroyed: SFML's shared context may be gone
// by the time static objects are destroyed at exit.
sf::Shader* strokeShader() {
    static sf::Shader* shader = [] {
        if (!sf::Shader::isAvailable()) return static_cast<sf::Shader*>(nullptr);
        auto made = std::make_unique<sf::Shader>();
        if (!made->loadFromMemory(kVertexShader, kFragmentShader)) return static_cast<sf::Shader*>(nullptr);
        return made.release();
    }();
    return shader;
}

float lengthOf(sf::Vector2f v) { return std::hypot(v.x, v.y); }

sf::Vector2f normalOf(sf::Vector2f a, sf::Vector2f b) {
    const sf::Vector2f d = b - a;
    const float l = lengthOf(d);
    return {-d.y / l, d.x / l};
}

// Walks a line's strips, telling `sink` where each begins (start), each pair of vertices (pair: the
// point, the unit direction it is pushed out to and the mitre length) and where each ends (finish).
template <typename Sink>
void walkStroke(std::span<const sf::Vector2f> input, bool closed, float minStep, Sink& sink) {
    // Kept between calls: a level of a whole country appends tens of thousands of lines, and a vector
    // allocated for each would scatter small blocks among the vertex buffers being built.
    thread_local std::vector<sf::Vector2f> points;
    points.clear();
    for (const sf::Vector2f p : input)
        if (points.empty() || lengthOf(p - points.back()) > std::max(minStep, 1e-6F)) points.push_back(p);
    if (closed && points.size() > 2 && lengthOf(points.back() - points.front()) <= 1e-6F) points.pop_back();
    if (points.size() < 2) return;
    closed = closed && points.size() > 2;
    if (closed) points.push_back(points.front()); // walked as an open line back to its start
    const size_t n = points.size();

    // The mitre at points[i] between the segment before and the one after; false when too sharp.
    auto mitre = [](sf::Vector2f before, sf::Vector2f after, sf::Vector2f& direction, float& length) {
        const sf::Vector2f sum = before + after;
        const float l = lengthOf(sum);
        if (l < 1e-6F) return false;
        direction = sum / l;
        const float cosine = direction.x * before.x + direction.y * before.y;
        length = 1.0F / cosine;
        return length <= kMitreLimit;
    };
    sf::Vector2f firstDirection = normalOf(points[0], points[1]);
    float firstMitre = 1.0F;
    sf::Vector2f closingDirection = normalOf(points[n - 2], points[n - 1]);
    if (closed && mitre(closingDirection, firstDirection, firstDirection, firstMitre))
        closingDirection = firstDirection;
    else
        firstMitre = 1.0F;

    sink.start();
    sink.pair(points[0], firstDirection, firstMitre);
    for (size_t i = 1; i + 1 < n; ++i) {
        const sf::Vector2f before = normalOf(points[i - 1], points[i]);
        const sf::Vector2f after = normalOf(points[i], points[i + 1]);
        sf::Vector2f direction;
        float length = 1.0F;
        if (mitre(before, after, direction, length)) {
            sink.pair(points[i], direction, length);
            continue;
        }
        sink.pair(points[i], before, 1.0F);
        sink.finish();
        sink.start();
        sink.pair(points[i], after, 1.0F);
    }
    sink.pair(points[n - 1], closingDirection, closed ? firstMitre : 1.0F);
    sink.finish();
}

struct VertexSink {
    std::vector<sf::Vertex>& out;
    sf::Color colour;
    bool starting = false;
    void start() { starting = true; }
    void pair(sf::Vector2f p, sf::Vector2f direction, float mitre) {
        const float angle = std::atan2(direction.y, direction.x);
        const sf::Vertex left(p, colour, {angle, mitre});
        if (starting) out.push_back(left); // the repeated first vertex: no area joins it to what came before
        starting = false;
        out.push_back(left);
        out.emplace_back(p, colour, sf::Vector2f(angle, -mitre));
    }
    void finish() { out.push_back(out.back()); }
};

struct CountSink {
    size_t count = 0;
    void start() { ++count; }
    void pair(sf::Vector2f /*p*/, sf::Vector2f /*direction*/, float /*mitre*/) { count += 2; }
    void finish() { ++count; }
};

} // namespace

void setAntialiasing(Antialiasing mode) { g_mode = mode; }
Antialiasing antialiasing() { return g_mode; }

std::string_view antialiasingName(Antialiasing mode) {
    switch (mode) {
    case Antialiasing::Analytic:
        return "analytic";
    case Antialiasing::Msaa:
        return "msaa";
    case Antialiasing::None:
        return "none";
    }
    return "analytic";
}

void appendStroke(std::vector<sf::Vertex>& out, std::span<const sf::Vector2f> points, bool closed,
                  sf::Color colour, float minStep) {
    VertexSink sink{out, colour};
    walkStroke(points, closed, minStep, sink);
}

void appendDisc(std::vector<sf::Vertex>& out, sf::Vector2f centre, float radius, sf::Color colour) {
    // Enough sides that the polygon strays less than a tenth of a pixel from the circle through the
    // fringe, which lies half a pixel outside the rim.
    const float reach = radius + 0.5F;
    const int sides =
        std::max(12, static_cast<int>(std::ceil(std::numbers::pi_v<float> / std::acos(1.0F - 0.1F / reach))));
    // A fan as a strip: rim, centre, next rim point, that point again, centre, … (the repeats make
    // triangles with no area, so no part of the disc is drawn twice).
    const sf::Vertex middle(centre, colour, {0.0F, 0.0F});
    auto rim = [&](int i) {
        const float angle =
            2.0F * std::numbers::pi_v<float> * static_cast<float>(i % sides) / static_cast<float>(sides);
        return sf::Vertex(centre, colour, {angle, 1.0F});
    };
    out.push_back(rim(0));
    for (int i = 0; i < sides; ++i) {
        out.push_back(rim(i));
        out.push_back(middle);
        out.push_back(rim(i + 1));
    }
    out.push_back(out.back());
}

size_t strokeVertexCount(std::span<const sf::Vector2f> points, bool closed, float minStep) {
    CountSink sink;
    walkStroke(points, closed, minStep, sink);
    return sink.count;
}

bool strokesAvailable() { return strokeShader() != nullptr; }

sf::RenderStates strokeStates(const sf::RenderTarget& target, float width, sf::RenderStates base) {
    sf::Shader* shader = strokeShader();
    if (!shader) return base;
    const bool analytic = g_mode == Antialiasing::Analytic;
    const sf::IntRect viewport = target.getViewport(target.getView());
    const float half = width / 2;
    shader->setUniform(
        "viewport", sf::Glsl::Vec2(static_cast<float>(viewport.width), static_cast<float>(viewport.height)));
    shader->setUniform("halfWidth", half);
    // Half a pixel more on each side: room for the pixels the line only partly covers.
    shader->setUniform("outset", analytic ? half + 0.5F : half);
    shader->setUniform("analytic", analytic ? 1.0F : 0.0F);
    base.shader = shader;
    // Partly covered pixels blend, whatever the colour's own alpha.
    if (analytic) base.blendMode = sf::BlendAlpha;
    return base;
}

void drawStrokes(sf::RenderTarget& target, const std::vector<sf::Vertex>& vertices, float width,
                 sf::RenderStates base) {
    if (vertices.empty()) return;
    target.draw(vertices.data(), vertices.size(), sf::TriangleStrip, strokeStates(target, width, base));
}

} // namespace render
