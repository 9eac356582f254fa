#pragma once
// The temporal boundary model: every version of every unit, with the years it is valid,
// its geometry, a triangle mesh for drawing and a label anchor. Built once at load.
#include "geodata/borders.hpp"
#include "geodata/geometry.hpp"
#include "geodata/lineage.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace geodata {

inline constexpr int kOpenEndYear = 9999; // "still valid" in the source data

struct UnitVersion {
    int id = 0;       // index into Dataset::units
    std::string code; // the same across versions of one unit
    std::string name; // base name without the kind word
    std::string kind; // landskommun, stad, kommun, … (free text from the data)
    int fromYear = 0; // first valid year
    int toYear = 0;   // last valid year (kOpenEndYear = still valid)
    std::vector<Polygon> polygons;
    TriangleList triangles; // the polygons cut into triangles, for drawing
    Point labelAnchor;      // centre of the largest inscribed circle
    double labelRadius = 0; // that circle's radius, in map units
    double areaM2 = 0;
    Bounds bounds;

    [[nodiscard]] bool validIn(int year) const { return fromYear <= year && year <= toYear; }
    /// "Grödinge landskommun", "Södertälje stad"; just the name when the kind is empty.
    [[nodiscard]] std::string fullName() const;
};

/// Splits every ring of every version into segments, merges segments that coincide (in either
/// direction) and records the union of the years of the versions that have them.
[[nodiscard]] BorderNetwork buildBorders(const std::vector<UnitVersion>& units);

struct ContextFeature {
    std::string name;
    int fromYear = 0;
    int toYear = kOpenEndYear;
    std::vector<Polygon> polygons;
    TriangleList triangles;
    Bounds bounds;
    [[nodiscard]] bool validIn(int year) const { return fromYear <= year && year <= toYear; }
};

/// One unit version or context feature at a coarser level of detail: its polygons with the shared
/// borders simplified, and their triangles for drawing.
struct SimplifiedShape {
    std::vector<Polygon> polygons;
    TriangleList triangles;
};

/// A simplified copy of the whole map for drawing when zoomed out. Borders shared by neighbours are
/// simplified once, so neighbours keep sharing them exactly: no gaps, no overlaps.
struct DetailLevel {
    double tolerance = 0;                 // map units: how far a simplified border may move
    std::vector<SimplifiedShape> units;   // indexed like Dataset::units
    std::vector<SimplifiedShape> context; // indexed like Dataset::context
    BorderNetwork borders;                // the shared borders of `units`
};

/// A non-fatal problem found while loading: which file, which feature, what.
struct LoadWarning {
    std::string file;
    long featureId = -1;
    std::string message;
};

class Dataset {
  public:
    std::string title;       // from dataset.json, or the folder name
    std::string attribution; // shown on every map and export
    std::vector<UnitVersion> units;
    std::vector<ContextFeature> context;
    Lineage lineage;
    /// Pairs of unit codes whose versions touch while both are valid (code a < code b): for
    /// colouring neighbours apart and for shared borders.
    std::vector<std::pair<std::string, std::string>> neighbours;
    BorderNetwork borders;
    Bounds bounds; // of the units (not the context)
    /// What the camera fits when it shows the whole map: `bounds` without units that lie far from all the
    /// rest (geodata/framing.hpp; a warning names each). Equal to `bounds` for contiguous data.
    Bounds frame;
    std::vector<LoadWarning> warnings;
    /// Coarser and coarser copies of the map (tolerance ascending); the full geometry is level 0
    /// and not stored here. Empty when simplifying would not save anything.
    std::vector<DetailLevel> levels;

    [[nodiscard]] int firstYear() const; // earliest fromYear
    [[nodiscard]] int lastYear() const;  // latest finite year: the last change, or later if data says so
    [[nodiscard]] std::vector<const UnitVersion*> unitsValidIn(int year) const;
    [[nodiscard]] const UnitVersion* unitAt(Point p, int year) const;
    /// Years in which the set of valid versions differs from the year before, ascending.
    [[nodiscard]] std::vector<int> changeYears() const;
    [[nodiscard]] const UnitVersion* versionOf(const std::string& code, int year) const;
    /// The years the app shows (dataset.json "years"); 0 = derive from the data.
    void setYearRange(int first, int last);
    /// What setYearRange was given (0, 0 = derived from the data).
    [[nodiscard]] std::pair<int, int> yearRangeSetting() const { return {m_firstYear, m_lastYear}; }

  private:
    int m_firstYear = 0;
    int m_lastYear = 0;
};

struct LoadError {
    std::string file;    // the file (or folder) at fault
    std::string message; // what is wrong, in one line
    [[nodiscard]] std::string toString() const { return file + ": " + message; }
};

/// What happened with the binary cache of the processed dataset (see docs/PERFORMANCE.md).
enum class CacheOutcome {
    Off,     // caching switched off, or no cache folder could be used
    Read,    // the dataset came from the cache
    Written, // loaded from the source files, and the cache written
    Failed,  // loaded from the source files; the cache could not be written (a warning says why)
};

struct LoadOptions {
    bool useCache = true;
    /// Folder for cache files; empty = $XDG_CACHE_HOME/tidsatlas, else ~/.cache/tidsatlas.
    std::string cacheDir;
};

struct LoadResult {
    std::optional<Dataset> dataset;
    std::optional<LoadError> error;
    CacheOutcome cache = CacheOutcome::Off;
    std::string cacheFile; // the cache file used or written; empty when none
    explicit operator bool() const { return dataset.has_value(); }
};

/// Loads the dataset in `folder`: the unit layer, the optional context layer and the optional
/// dataset.json that names files and fields. Never throws for bad data; returns an error instead.
/// With the cache on, a dataset processed before with the same source files (compared by content)
/// is read back from the cache; a missing, damaged or outdated cache only means a slower load.
[[nodiscard]] LoadResult loadDataset(const std::string& folder, const LoadOptions& options);
/// The same with the default options (cache on, in the default folder).
[[nodiscard]] LoadResult loadDataset(const std::string& folder);

} // namespace geodata
