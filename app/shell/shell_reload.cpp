// The shell and the data folder's reloads (DataWatcher): new data replaces the running data only when it is
// at least as sound, so a curator's slip never empties what visitors see.
#include "platform/data_watcher.hpp"
#include "platform/log.hpp"
#include "shell/app_shell.hpp"

#include <algorithm>

namespace app {

namespace {

// Shown in the operator's problems panel in both languages: the lines after it are technical anyway.
constexpr const char* kRefusedPrefix =
    "Ny data avvisad, den förra visas / new data refused, the previous stays: ";

} // namespace

void AppShell::collectProblems() {
    m_problems = m_baseProblems;
    for (const std::string& refusal : m_reloadRefusal) m_problems.push_back(kRefusedPrefix + refusal);
    const std::vector<std::string> known = knownProblems(*m_atlas);
    m_problems.insert(m_problems.end(), known.begin(), known.end());
    for (const StoryIssue& issue : m_storyIssues) m_problems.push_back(issue.toString());
}

void AppShell::applyReload(const ReloadResult& result) {
    std::vector<std::string> refusals = result.refusals;
    if (result.accepted()) {
        // story.json is read by the app, not by loadAtlas, so the watcher could not judge it: check it
        // against the new data here, so that a broken story cannot empty the attract loop either.
        for (const StoryIssue& issue : loadFolderStory(m_config, m_options.dataDir, *result.atlas).issues) {
            const std::string line = issue.toString();
            const bool known = std::any_of(m_storyIssues.begin(), m_storyIssues.end(),
                                           [&](const StoryIssue& old) { return old.toString() == line; });
            if (!known) refusals.push_back(line);
        }
        if (refusals.empty()) {
            logInfo("data folder " + m_options.dataDir + " reloaded" +
                    (result.summary.empty() ? std::string() : " " + result.summary));
            m_reloadRefusal.clear();
            setAtlas(result.atlas); // rebuilds the scene and the story, and collects the problems
            return;
        }
        std::string message = "data folder " + m_options.dataDir +
                              ": the new data was refused because of its story, and the running data stays:";
        for (const std::string& line : refusals) message += "\n  " + line;
        logError(message);
    }
    m_reloadRefusal = std::move(refusals);
    collectProblems();
}

} // namespace app
