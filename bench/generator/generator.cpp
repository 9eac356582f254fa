#include "generator.hpp"

#include "layer_writer.hpp"
#include "tessellation.hpp"
#include "version_shapes.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace fs = std::filesystem;
using nlohmann::ordered_json;

namespace generator {

namespace {

// Where the synthetic country lies, in SWEREF99 TM metres (central Sweden).
constexpr double kCentreX = 600000;
constexpr double kCentreY = 6900000;
constexpr int kPilotUnits = 150;

struct Built {
    Tessellation tessellation;
    History history;
    VersionShapes shapes;
};

Built build(const GeneratorOptions& o, int units, double cellsPerUnit, Random random,
            const Progress& progress) {
    Built b;
    TessellationSpec spec;
    spec.centreX = kCentreX;
    spec.centreY = kCentreY;
    spec.areaM2 = units * o.unitAreaKm2 * 1e6;
    spec.cells = static_cast<std::size_t>(std::ceil(units * cellsPerUnit));
    Random tessellationStream = random.fork(1);
    Random historyStream = random.fork(2);
    b.tessellation = tessellate(spec, tessellationStream, progress);
    progress("growing units and history", 0.0);
    b.history = buildHistory(b.tessellation, units, o.foundedYear, o.waves, historyStream);
    progress("growing units and history", 1.0);
    b.shapes = buildShapes(b.tessellation, b.history.versions, progress);
    return b;
}

double verticesPerVersion(const Built& b) {
    return static_cast<double>(b.shapes.vertices) / static_cast<double>(b.history.versions.size());
}

// Vertices grow with the cells per unit roughly as a power (a ragged border's length grows a
// little faster than the square root of the area). Two small pilot runs measure that power;
// the cell density for the target follows from it.
double calibrateCellsPerUnit(const GeneratorOptions& o, Random random, const Progress& progress) {
    const double target =
        static_cast<double>(o.vertices) / static_cast<double>(plannedVersions(o.units, o.waves));
    const int units = std::min(o.units, kPilotUnits);
    auto quiet = [&](const std::string&, double) {};
    auto pilot = [&](double m) { return verticesPerVersion(build(o, units, m, random, quiet)); };
    const double m0 = 40;
    progress("calibrating cell density", 0.0);
    const double v0 = pilot(m0);
    const double m1 = std::clamp(m0 * std::pow(target / v0, 2.0), 2.0, 20000.0);
    progress("calibrating cell density", 0.5);
    const double v1 = pilot(m1);
    progress("calibrating cell density", 1.0);
    double power = std::abs(m1 - m0) > 1e-9 ? std::log(v1 / v0) / std::log(m1 / m0) : 0.5;
    if (!std::isfinite(power)) power = 0.5;
    power = std::clamp(power, 0.3, 1.0);
    return std::clamp(m1 * std::pow(target / v1, 1.0 / power), 2.0, 20000.0);
}

const char* kindName(WaveKind kind) { return kind == WaveKind::Merger ? "merger" : "split"; }

ordered_json makeReport(const GeneratorOptions& o, const std::string& file, const std::string& layer,
                        double cellsPerUnit, const Built& b) {
    ordered_json r;
    r["generator"] = "tidsatlas bench/generate_dataset";
    r["seed"] = o.seed;
    r["format"] = o.format;
    r["file"] = file;
    r["layer"] = layer;
    r["crs"] = "EPSG:" + std::to_string(kProjectedEpsg);
    ordered_json requested;
    requested["units"] = o.units;
    requested["vertices"] = o.vertices;
    if (o.scale) requested["scale"] = *o.scale;
    if (o.reference)
        requested["reference"] = {{"folder", o.reference->folder},
                                  {"versions", o.reference->versions},
                                  {"vertices", o.reference->vertices}};
    r["requested"] = requested;
    r["cells"] = b.tessellation.cellCount();
    r["cells_per_unit"] = std::round(cellsPerUnit * 100) / 100;
    r["founded_year"] = o.foundedYear;
    r["first_year"] = o.firstYear;
    r["last_year"] = o.lastYear;
    r["versions"] = b.history.versions.size();
    r["vertices"] = b.shapes.vertices;
    r["rings"] = b.shapes.rings;
    r["distinct_segments"] = b.shapes.distinctSegments;
    r["lineage_links"] = b.history.lineageLinks;
    ordered_json waves = ordered_json::array();
    for (const WaveOutcome& w : b.history.waves)
        waves.push_back({{"year", w.plan.year},
                         {"kind", kindName(w.plan.kind)},
                         {"planned", w.plan.groups},
                         {"done", w.groups},
                         {"units_taking_part", w.members},
                         {"units_before", w.unitsBefore},
                         {"units_after", w.unitsAfter}});
    r["waves"] = waves;
    ordered_json perYear = ordered_json::object();
    for (int year = o.firstYear; year <= o.lastYear; ++year) {
        const auto valid =
            std::count_if(b.history.versions.begin(), b.history.versions.end(),
                          [year](const Version& v) { return v.fromYear <= year && year <= v.toYear; });
        perYear[std::to_string(year)] = valid;
    }
    r["units_per_year"] = perYear;
    return r;
}

void writeJson(const fs::path& path, const ordered_json& doc) {
    std::ofstream out(path);
    out << doc.dump(2) << '\n';
    if (!out) throw std::runtime_error(path.string() + ": cannot write");
}

void checkOptions(const GeneratorOptions& o) {
    if (o.folder.empty()) throw std::invalid_argument("no output folder given");
    if (o.units < 2) throw std::invalid_argument("--units must be at least 2");
    if (o.vertices < 8LL * o.units) throw std::invalid_argument("--vertices must be at least 8 per unit");
    if (o.firstYear > o.lastYear) throw std::invalid_argument("the first year is after the last");
    if (o.foundedYear > o.firstYear)
        throw std::invalid_argument("the units cannot start after the first year shown");
    int previous = o.firstYear;
    std::vector<WaveSpec> waves = o.waves;
    std::sort(waves.begin(), waves.end(),
              [](const WaveSpec& a, const WaveSpec& b) { return a.year < b.year; });
    for (const WaveSpec& w : waves) {
        if (w.year <= previous || w.year > o.lastYear)
            throw std::invalid_argument(
                "wave years must be distinct and lie after the first year, up to the last");
        previous = w.year;
    }
}

// Removes what an earlier run wrote (and only that), so a smaller run leaves no stale layer.
void clearEarlierOutput(const fs::path& folder) {
    for (const auto& entry : fs::directory_iterator(folder)) {
        const fs::path& p = entry.path();
        if (entry.is_regular_file() &&
            (p.stem() == "units" || p.filename() == "dataset.json" || p.filename() == "generated.json"))
            fs::remove(p);
    }
}

} // namespace

Reference measureReference(const std::string& folder) {
    const geodata::LoadResult loaded = geodata::loadDataset(folder);
    if (!loaded) throw std::runtime_error("reference dataset: " + loaded.error->toString());
    return measureReference(*loaded.dataset, folder);
}

Reference measureReference(const geodata::Dataset& dataset, const std::string& folder) {
    Reference r{folder, dataset.units.size(), 0};
    for (const geodata::UnitVersion& u : dataset.units)
        for (const geodata::Polygon& p : u.polygons) {
            r.vertices += p.outer.size() + 1; // the loader drops the closing point; the file has it
            for (const geodata::Ring& hole : p.holes) r.vertices += hole.size() + 1;
        }
    return r;
}

GeneratorOptions scaledOptions(const Reference& reference, double scale) {
    if (!(scale > 0)) throw std::invalid_argument("--scale must be positive");
    GeneratorOptions o;
    const double wanted = scale * static_cast<double>(reference.versions);
    int best = 2;
    for (int units = 2; units < 1000000; ++units) {
        const int versions = plannedVersions(units, o.waves);
        if (std::abs(versions - wanted) < std::abs(plannedVersions(best, o.waves) - wanted)) best = units;
        if (versions > wanted) break;
    }
    o.units = best;
    o.vertices = std::llround(scale * static_cast<double>(reference.vertices));
    o.scale = scale;
    o.reference = reference;
    return o;
}

ordered_json generateDataset(const GeneratorOptions& options, const Progress& progress) {
    checkOptions(options);
    const std::string file = unitsFileName(options.format); // fails early for an unknown format
    const fs::path folder(options.folder);
    fs::create_directories(folder);
    clearEarlierOutput(folder);

    Random random(options.seed);
    const Random calibrationStream = random.fork(3);
    const Random datasetStream = random.fork(4);
    const double cellsPerUnit = options.cellsPerUnit > 0
                                    ? options.cellsPerUnit
                                    : calibrateCellsPerUnit(options, calibrationStream, progress);
    const Built built = build(options, options.units, cellsPerUnit, datasetStream, progress);
    const WrittenLayer written =
        writeUnitsLayer(folder.string(), options.format, built.history.versions, built.shapes, progress);

    ordered_json dataset;
    dataset["title"] =
        "Synthetic, " + std::to_string(options.units) + " units (seed " + std::to_string(options.seed) + ")";
    dataset["attribution"] = "Synthetic data: tidsatlas bench/generate_dataset";
    dataset["years"] = {options.firstYear, options.lastYear};
    dataset["units"] = {{"file", written.file},
                        {"layer", written.layer},
                        {"fields",
                         {{"code", "code"},
                          {"name", "name"},
                          {"kind", "kind"},
                          {"from_year", "from_year"},
                          {"to_year", "to_year"}}}};
    writeJson(folder / "dataset.json", dataset);

    ordered_json report = makeReport(options, written.file, written.layer, cellsPerUnit, built);
    writeJson(folder / "generated.json", report);
    return report;
}

} // namespace generator
