#include "bundled_dataset.hpp"

#include <stdexcept>

namespace fixtures {

const geodata::Dataset& bundledDataset() {
    static const geodata::Dataset dataset = [] {
        geodata::LoadResult r = geodata::loadDataset(TIDSATLAS_DATA_DIR);
        if (!r) throw std::runtime_error(r.error->toString());
        return std::move(*r.dataset);
    }();
    return dataset;
}

const app::Atlas& bundledAtlas() {
    static const app::Atlas atlas = [] {
        app::AtlasLoad loaded = app::loadAtlas(TIDSATLAS_DATA_DIR);
        if (!loaded.atlas) throw std::runtime_error(loaded.error->toString());
        return std::move(*loaded.atlas);
    }();
    return atlas;
}

std::shared_ptr<const app::Atlas> sharedBundledAtlas() {
    return {&bundledAtlas(), [](const app::Atlas*) {}}; // never deleted: it lives as long as the process
}

app::Strings bundledStrings(app::Language language) {
    app::Strings strings;
    (void)strings.load(app::defaultI18nDir(), language);
    return strings;
}

} // namespace fixtures
