#pragma once
// What the user asked for through a panel. Panels only report; the app applies it.
#include "content/language.hpp"

#include <optional>
#include <string>

namespace app {

enum class MapView;

struct UiIntent {
    std::optional<int> seekYear;
    std::optional<int> selectUnit; // UnitVersion id
    bool clearSelection = false;
    std::optional<std::string> selectBody; // JointBody id
    bool clearBody = false;
    bool togglePlay = false;
    bool stepForward = false;
    bool stepBackward = false;
    std::optional<double> speed; // years per second
    std::optional<MapView> view;
    std::optional<Language> language;
    std::optional<bool> showBodies;
    std::optional<bool> showStory; // the panel with milestones and networks
    std::optional<std::string> openEvent;
    std::optional<bool> showTeach; // the teaching tab
    bool startPresenting = false;  // the story, scene by scene (as F5)
    bool openExport = false;       // the export dialog (as Ctrl+E)
    bool toggleAbout = false;      // open or close "Om kartan" / "About this map"
};

} // namespace app
