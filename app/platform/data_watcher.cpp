#include "platform/data_watcher.hpp"

#include "platform/log.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <sys/resource.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace app {

namespace {

// "a, b, c and 12 more": a whole folder replaced must not make a log line of hundreds of names.
std::string joined(const std::vector<std::string>& items) {
    constexpr std::size_t kShown = 5;
    std::string out;
    for (std::size_t i = 0; i < items.size() && i < kShown; ++i) out += (i == 0 ? "" : ", ") + items[i];
    if (items.size() > kShown) out += " and " + std::to_string(items.size() - kShown) + " more";
    return out;
}

// A reload must not make the kiosk stutter: the loader (and the worker threads it starts, which inherit
// the setting) runs at a lower priority than the main loop. Best effort; Linux only.
void lowerThisThreadsPriority() {
#ifdef __linux__
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
#endif
}

} // namespace

std::vector<std::string> knownProblems(const Atlas& atlas) {
    std::vector<std::string> problems;
    for (const geodata::LoadWarning& w : atlas.dataset.warnings)
        problems.push_back(w.file + (w.featureId >= 0 ? " feature " + std::to_string(w.featureId) : "") +
                           ": " + w.message);
    problems.insert(problems.end(), atlas.problems.begin(), atlas.problems.end());
    return problems;
}

std::vector<std::string> reloadRefusals(const AtlasLoad& load,
                                        const std::vector<std::string>& runningProblems) {
    if (!load.atlas) return {load.error ? load.error->toString() : "the data folder could not be loaded"};
    std::vector<std::string> refusals;
    for (const std::string& problem : knownProblems(*load.atlas))
        if (std::find(runningProblems.begin(), runningProblems.end(), problem) == runningProblems.end())
            refusals.push_back(problem);
    return refusals;
}

DataWatcher::DataWatcher(std::string folder, std::vector<std::string> runningProblems,
                         std::optional<FolderSnapshot> baseline, WatchTiming timing, Loader loader)
    : m_folder(std::move(folder)), m_timing(timing), m_loader(std::move(loader)),
      m_runningProblems(std::move(runningProblems)),
      m_initialBaseline(baseline ? std::move(*baseline) : snapshotFolder(m_folder)),
      m_worker([this](const std::stop_token& stop) { run(stop); }) {}

DataWatcher::~DataWatcher() {
    m_worker.request_stop();
    m_wake.notify_all();
    // m_worker joins in its own destructor, before the other members go.
}

std::optional<ReloadResult> DataWatcher::poll() {
    const std::lock_guard lock(m_mutex);
    if (m_results.empty()) return std::nullopt;
    ReloadResult result = std::move(m_results.front());
    m_results.pop_front();
    return result;
}

WatchState DataWatcher::state() const {
    const std::lock_guard lock(m_mutex);
    return m_state;
}

std::vector<std::string> DataWatcher::lastRefusal() const {
    const std::lock_guard lock(m_mutex);
    return m_lastRefusal;
}

int DataWatcher::acceptedCount() const {
    const std::lock_guard lock(m_mutex);
    return m_accepted;
}

int DataWatcher::refusedCount() const {
    const std::lock_guard lock(m_mutex);
    return m_refused;
}

void DataWatcher::setState(WatchState state) {
    const std::lock_guard lock(m_mutex);
    m_state = state;
}

void DataWatcher::run(const std::stop_token& stop) {
    lowerThisThreadsPriority();
    FolderSnapshot baseline = std::move(m_initialBaseline); // the folder the running data reflects
    FolderSnapshot lastSeen;                                // the folder at the previous poll, while settling
    auto lastChange = std::chrono::steady_clock::now();
    bool settling = false;
    while (!stop.stop_requested()) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, stop, m_timing.pollInterval, [] { return false; });
        }
        if (stop.stop_requested()) break;
        const FolderSnapshot now = snapshotFolder(m_folder);
        if (now == baseline) { // unchanged, or changed back before it settled
            if (settling) setState(WatchState::Watching);
            settling = false;
            continue;
        }
        if (!settling || now != lastSeen) { // a new change, or still being written
            if (!settling)
                logInfo("data folder " + m_folder + ": " + joined(changedFiles(baseline, now)) +
                        " changed; reloading once the files stay unchanged for " +
                        std::to_string(m_timing.settleTime.count()) + " ms");
            lastSeen = now;
            lastChange = std::chrono::steady_clock::now();
            settling = true;
            setState(WatchState::Settling);
            continue;
        }
        if (std::chrono::steady_clock::now() - lastChange < m_timing.settleTime) continue;
        settling = false;
        reload(now, changedFiles(baseline, now), baseline);
    }
}

void DataWatcher::reload(const FolderSnapshot& stable, const std::vector<std::string>& changed,
                         FolderSnapshot& baseline) {
    setState(WatchState::Loading);
    const auto start = std::chrono::steady_clock::now();
    AtlasLoad load;
    try {
        load = m_loader(m_folder);
    } catch (const std::exception& e) { // a reload must never take the running app down
        load = {};
        load.error = geodata::LoadError{m_folder, std::string("unexpected error while loading: ") + e.what()};
    } catch (...) {
        load = {};
        load.error = geodata::LoadError{m_folder, "unexpected error while loading"};
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    // Files that changed while they were being read may have been read half old, half new (or half
    // written): throw the result away and let the change settle again. The baseline stays, so the
    // folder still differs from it and is reloaded once it is stable.
    if (snapshotFolder(m_folder) != stable) {
        logInfo("data folder " + m_folder + " changed again while it was loading; reloading once it settles");
        setState(WatchState::Settling);
        return;
    }
    baseline = stable;

    ReloadResult result;
    result.changed = changed;
    result.loadSeconds = seconds;
    result.refusals = reloadRefusals(load, m_runningProblems);
    if (result.refusals.empty()) {
        m_runningProblems = knownProblems(*load.atlas);
        result.atlas = std::make_shared<const Atlas>(std::move(*load.atlas));
        // Not logged here: the app decides (it checks story.json too) and logs "reloaded" or "refused".
        result.summary = "in " + std::to_string(std::lround(seconds * 1000)) + " ms after a change to " +
                         joined(changed) + ": " + std::to_string(result.atlas->dataset.units.size()) +
                         " unit versions, " + std::to_string(m_runningProblems.size()) + " known problems";
    } else {
        std::string message = "data folder " + m_folder +
                              ": the new data was refused and the running data stays (" + joined(changed) +
                              " changed):";
        for (const std::string& refusal : result.refusals) message += "\n  " + refusal;
        logError(message);
    }
    const std::lock_guard lock(m_mutex);
    if (result.accepted()) {
        ++m_accepted;
        m_lastRefusal.clear();
    } else {
        ++m_refused;
        m_lastRefusal = result.refusals;
    }
    m_results.push_back(std::move(result));
    m_state = WatchState::Watching;
}

} // namespace app
