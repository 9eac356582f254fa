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

} // namespace fixtures
