#pragma once
// The context land (neighbouring areas drawn for orientation) fades into the water around the data,
// instead of ending in the straight line where the context layer was cut out: a cartographer's vignette.
#include "geodata/geometry.hpp"
#include "render/map_mesh.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <vector>

namespace render {

/// The ring, in the mesh's local coordinates, that fades from clear at `units` (slightly widened) to
/// `water` where the context layer ends or a quarter of the map's size beyond the units, whichever is
/// nearer; beyond it, plain water out to `reach`. Triangles for sf::Triangles.
[[nodiscard]] std::vector<sf::Vertex> contextFade(const MapMesh& mesh, const geodata::Bounds& units,
                                                  const geodata::Bounds& context,
                                                  const geodata::Bounds& reach, sf::Color water);

} // namespace render
