#pragma once
// What the user asked for through a panel. Panels only report; the app applies it.
#include <optional>

namespace app {

struct UiIntent {
    std::optional<int> seekYear;
    std::optional<int> selectUnit; // UnitVersion id
    bool clearSelection = false;
    bool togglePlay = false;
    bool stepForward = false;
    bool stepBackward = false;
    std::optional<double> speed; // years per second
};

} // namespace app
