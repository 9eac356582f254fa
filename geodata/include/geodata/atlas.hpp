#pragma once
// Everything the app shows for one dataset folder: the boundaries (required), and the story on
// top of them — timeline.json, population.csv and sources.csv — which are optional. A bad story file never
// stops the map: its problems are kept and shown on screen instead.
#include "geodata/dataset.hpp"
#include "geodata/population.hpp"
#include "geodata/sources.hpp"
#include "geodata/timeline.hpp"

#include <optional>
#include <string>
#include <vector>

namespace geodata {

struct Atlas {
    Dataset dataset;
    Timeline timeline;
    PopulationTable population;
    /// sources.csv: what the source fields name. Empty when the dataset has none; its source fields are
    /// then free text.
    SourceTable sources;
    std::vector<std::string> problems; // one line each, "timeline.json /events/3/date: …"
};

/// The problems of the story files as the loaders found them (file, line or JSON pointer, column), for
/// whoever needs more than Atlas::problems' one line each (tidsatlas --check groups and counts them).
struct AtlasIssues {
    std::vector<SourceIssue> sources;
    std::vector<TimelineIssue> timeline;
    std::vector<PopulationIssue> population;
};

struct AtlasLoad {
    std::optional<Atlas> atlas;
    std::optional<LoadError> error; // only when the boundaries themselves cannot be read
    AtlasIssues issues;             // the same problems as atlas->problems, as found
};

/// `options` say whether and where the processed boundaries are cached (loadDataset).
[[nodiscard]] AtlasLoad loadAtlasWith(const std::string& folder, const LoadOptions& options);
/// The same with the cache on, in its default folder (a plain function for DataWatcher::Loader).
[[nodiscard]] AtlasLoad loadAtlas(const std::string& folder);

} // namespace geodata
