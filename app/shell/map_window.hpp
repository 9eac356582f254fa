#pragma once
// The interactive window: events, camera gestures, playback and the ImGui panels around the map.
#include "content/atlas.hpp"
#include "platform/app_config.hpp"
#include "platform/data_watcher.hpp"
#include "platform/options.hpp"

#include <memory>
#include <string>
#include <vector>

namespace app {

/// Opens the window (and the speaker window with --present --speaker-window) and runs until it is
/// closed, or in kiosk mode until staff leave with the admin chord and PIN. Returns the exit code.
/// The data folder is watched meanwhile and reloaded when it changes; `dataBaseline` is the folder as it
/// was before `atlas` was loaded from it (see DataWatcher).
int runMapWindow(std::shared_ptr<const Atlas> atlas, const Options& options, AppConfig config,
                 std::vector<std::string> configProblems, FolderSnapshot dataBaseline);

} // namespace app
