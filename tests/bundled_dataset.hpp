#pragma once
// The bundled Södertörn dataset, loaded once per test process (loading takes a few hundred ms).
#include "content/atlas.hpp"
#include "content/i18n.hpp"
#include "geodata/dataset.hpp"

#include <cstdlib>
#include <memory>

namespace fixtures {

[[nodiscard]] const geodata::Dataset& bundledDataset();

/// The bundled dataset with its timeline and population, loaded once per test process.
[[nodiscard]] const app::Atlas& bundledAtlas();
/// The same atlas for code that shares ownership (the shell, the video exporter); the process keeps it.
[[nodiscard]] std::shared_ptr<const app::Atlas> sharedBundledAtlas();

/// The bundled UI catalogues (data/i18n) in `language`, freshly loaded (so missingKeys() starts empty).
/// Load problems are I18n.BundledCataloguesLoadWithoutProblems' to name; here a gap shows up as a
/// missing key where the UI asks for it.
[[nodiscard]] app::Strings bundledStrings(app::Language language = app::Language::Swedish);

/// SFML 2.5 aborts the process when it opens a GL context without an X display.
[[nodiscard]] inline bool hasDisplay() {
    const char* display = std::getenv("DISPLAY");
    return display && *display;
}

} // namespace fixtures
