// generate_dataset: writes a synthetic temporal boundary dataset for benchmarks (docs/PERFORMANCE.md).
//
//   build/bench/generate_dataset /tmp/country                      # ~3000 units, ~600 000 vertices
//   build/bench/generate_dataset /tmp/x10 --scale 10               # 10 × the bundled data's size
//   build/bench/generate_dataset /tmp/small --units 40 --vertices 8000 --format GPKG --seed 7
//   build/bench/generate_dataset --measure data/sodertorn           # versions and vertices of a dataset
#include "generator/generator.hpp"

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <exception>
#include <string>
#include <unistd.h>

namespace {

// One line that updates in place on a terminal; a line per stage when the output is a log.
class TerminalProgress {
  public:
    void operator()(const std::string& stage, double done) {
        const int percent = static_cast<int>(done * 100);
        if (m_tty) {
            if (stage == m_stage && percent == m_percent) return;
            std::fprintf(stderr, "\r  %-28s %3d%%%s", stage.c_str(), percent, done >= 1.0 ? "\n" : "");
        } else if (stage != m_stage) {
            std::fprintf(stderr, "  %s …\n", stage.c_str());
        }
        std::fflush(stderr);
        m_stage = stage;
        m_percent = percent;
    }

  private:
    bool m_tty = isatty(STDERR_FILENO) != 0;
    std::string m_stage;
    int m_percent = -1;
};

int run(int argc, char** argv) {
    generator::GeneratorOptions options;
    std::optional<double> scale;
    std::string reference = TIDSATLAS_DATA_DIR;
    bool quiet = false;
    std::string measure;
    CLI::App cli{
        "Writes a synthetic temporal boundary dataset (Voronoi cells grouped into units, merger waves "
        "1950 and 1970, splits 1990) for tidsatlas benchmarks"};
    cli.add_option("folder", options.folder, "Output folder (units.*, dataset.json, generated.json)");
    cli.add_option("--measure", measure, "Only print the versions and vertices of this dataset folder");
    cli.add_option("--format", options.format,
                   "Any vector format GDAL writes: \"ESRI Shapefile\", GPKG, GeoJSON …")
        ->capture_default_str();
    auto* units = cli.add_option("--units", options.units, "Units valid in the first year (the most at once)")
                      ->check(CLI::Range(2, 1000000))
                      ->capture_default_str();
    auto* vertices =
        cli.add_option("--vertices", options.vertices, "Target vertices in all versions together")
            ->check(CLI::Range(int64_t{16}, int64_t{1} << 40))
            ->capture_default_str();
    cli.add_option("--scale", scale, "Make K times the reference dataset's versions and vertices")
        ->check(CLI::PositiveNumber)
        ->excludes(units)
        ->excludes(vertices);
    cli.add_option("--reference", reference, "Dataset --scale measures (default: the bundled data)")
        ->capture_default_str();
    cli.add_option("--seed", options.seed, "Random seed; the same seed writes the same data")
        ->capture_default_str();
    cli.add_flag("--quiet", quiet, "No progress on the terminal");
    CLI11_PARSE(cli, argc, argv);

    try {
        if (!measure.empty()) {
            const generator::Reference r = generator::measureReference(measure);
            std::printf("versions=%zu vertices=%zu\n", r.versions, r.vertices);
            return 0;
        }
        if (options.folder.empty()) {
            std::fprintf(stderr, "generate_dataset: name the output folder (see --help)\n");
            return 2;
        }
        const auto start = std::chrono::steady_clock::now();
        if (scale) {
            generator::GeneratorOptions scaled =
                generator::scaledOptions(generator::measureReference(reference), *scale);
            scaled.folder = options.folder;
            scaled.format = options.format;
            scaled.seed = options.seed;
            options = scaled;
        }
        std::fprintf(stderr, "generate_dataset: %d units, target %lld vertices, seed %llu, %s → %s\n",
                     options.units, static_cast<long long>(options.vertices),
                     static_cast<unsigned long long>(options.seed), options.format.c_str(),
                     options.folder.c_str());
        TerminalProgress terminal;
        const generator::Progress progress = quiet ? generator::Progress([](const std::string&, double) {})
                                                   : generator::Progress(std::ref(terminal));
        const nlohmann::ordered_json report = generator::generateDataset(options, progress);
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        std::printf(
            "wrote %s/%s: %d units in %d, %zu versions, %zu vertices (target %lld), %zu cells, in %.1f s\n",
            options.folder.c_str(), report["file"].get<std::string>().c_str(),
            report["units_per_year"][std::to_string(options.firstYear)].get<int>(), options.firstYear,
            report["versions"].get<size_t>(), report["vertices"].get<size_t>(),
            static_cast<long long>(options.vertices), report["cells"].get<size_t>(), took.count());
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "generate_dataset: %s\n", e.what());
        return 1;
    }
}

} // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) { // CLI11 or the standard library, outside run's own handler
        std::fprintf(stderr, "generate_dataset: %s\n", e.what());
        return 1;
    }
}
