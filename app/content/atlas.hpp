#pragma once
// The app's data for one folder: geodata's Atlas (boundaries, timeline, population and their problems),
// named here so the app speaks of app::Atlas.
#include "geodata/atlas.hpp"

namespace app {

using geodata::Atlas;
using geodata::AtlasLoad;
using geodata::loadAtlas;
using geodata::loadAtlasWith;

} // namespace app
