#pragma once
// Safe reload of the data folder while the app runs. A curator edits timeline.json or replaces the
// shapefiles on a kiosk that must not stop: the watcher notices the change, waits until the files stop
// changing (editors and copy tools write in several steps), loads the folder on a background thread and
// hands the result to the main thread through poll(). New data that does not load, or loads with problems
// the running data did not have, is refused: the running data stays, and the refusal is logged and kept
// for the operator, naming the file, the place in it and what is wrong.
//
// Watching is done by polling the file list with sizes and modification times (every second by default):
// portable, cheap for a folder of a few dozen files, and it works on network and USB file systems where
// inotify does not.
#include "content/atlas.hpp"
#include "platform/folder_snapshot.hpp"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

namespace app {

/// What a loaded folder knows to be wrong, one line each: the boundary loader's warnings ("… feature 12: …
/// lies beyond open space wider than all the other units …", a .dbf read as Latin-1) and the other files'
/// problems (Atlas::problems). Logged at the start, shown in the problems panel, judged by reloadRefusals.
[[nodiscard]] std::vector<std::string> knownProblems(const Atlas& atlas);

/// Why a freshly loaded folder must not replace the running data, one line each; empty = accept it.
/// Refused: boundaries that do not load, and any known problem (knownProblems) that the running data did not
/// already have (a typo must not empty the story on screen, nor a mistyped coordinate move the map away).
/// Problems the running data already had do not block a reload, so a kiosk started with a known problem can
/// still take other changes.
[[nodiscard]] std::vector<std::string> reloadRefusals(const AtlasLoad& load,
                                                      const std::vector<std::string>& runningProblems);

/// What one reload produced, for the main thread.
struct ReloadResult {
    std::shared_ptr<const Atlas> atlas; // the new data; null when refused
    std::vector<std::string> refusals;  // why it was refused, one line each naming file, place, what
    std::vector<std::string> changed;   // the files whose change started it
    double loadSeconds = 0;
    /// "in 120 ms after a change to story.json: 312 unit versions, 0 known problems". The watcher does not
    /// log an accepted load: the app still checks story.json against it and may refuse it, and one change
    /// gets one log line, "reloaded" or "refused", from whoever decides (AppShell::applyReload).
    std::string summary;
    [[nodiscard]] bool accepted() const { return atlas != nullptr; }
};

enum class WatchState {
    Watching, // the folder is as it was when last loaded
    Settling, // a change was seen; waiting for the files to stop changing
    Loading,  // loading on the background thread
};

struct WatchTiming {
    std::chrono::milliseconds pollInterval{1000}; // how often the folder is listed
    std::chrono::milliseconds settleTime{2000};   // how long the files must stay unchanged before loading
};

class DataWatcher {
  public:
    using Loader = std::function<AtlasLoad(const std::string& folder)>;

    /// Starts watching `folder` on a background thread. `baseline` is the folder as the running data was
    /// loaded from: take it with snapshotFolder() *before* loading, so a change made during the first load
    /// is not missed (without one, the folder as it is now). `runningProblems` are the running atlas's
    /// problems (see reloadRefusals).
    DataWatcher(std::string folder, std::vector<std::string> runningProblems,
                std::optional<FolderSnapshot> baseline = std::nullopt, WatchTiming timing = {},
                Loader loader = loadAtlas);
    /// Stops watching; waits for a load in progress to finish (a second or so), never blocks longer.
    ~DataWatcher();
    DataWatcher(const DataWatcher&) = delete;
    DataWatcher& operator=(const DataWatcher&) = delete;

    /// The main thread calls this every frame: the next finished reload, once; nullopt almost always.
    /// An accepted result is the data to show from now on (AppShell::setAtlas).
    [[nodiscard]] std::optional<ReloadResult> poll();

    [[nodiscard]] WatchState state() const;
    /// The refusal of the most recent reload, kept for the operator until a reload is accepted.
    [[nodiscard]] std::vector<std::string> lastRefusal() const;
    [[nodiscard]] int acceptedCount() const;
    [[nodiscard]] int refusedCount() const;
    [[nodiscard]] const std::string& folder() const { return m_folder; }

  private:
    void run(const std::stop_token& stop);
    void reload(const FolderSnapshot& stable, const std::vector<std::string>& changed,
                FolderSnapshot& baseline);
    void setState(WatchState state);

    const std::string m_folder;
    const WatchTiming m_timing;
    const Loader m_loader;
    std::vector<std::string> m_runningProblems; // only the worker thread touches these after construction
    FolderSnapshot m_initialBaseline;

    mutable std::mutex m_mutex; // guards everything below
    std::condition_variable_any m_wake;
    std::deque<ReloadResult> m_results;
    std::vector<std::string> m_lastRefusal;
    WatchState m_state = WatchState::Watching;
    int m_accepted = 0;
    int m_refused = 0;

    std::jthread m_worker; // last: stopped and joined before the members it uses are destroyed
};

} // namespace app
