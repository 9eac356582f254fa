#include "content/map_view.hpp"

namespace app {

MapView parseMapView(const std::string& name) {
    if (name == "density") return MapView::Density;
    if (name == "circles") return MapView::Circles;
    return MapView::Units;
}

const char* mapViewName(MapView view) {
    switch (view) {
    case MapView::Density:
        return "density";
    case MapView::Circles:
        return "circles";
    case MapView::Units:
        break;
    }
    return "units";
}

} // namespace app
