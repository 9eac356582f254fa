#pragma once
// The identity of a dataset's sources for the cache: a hash of the contents of every file the
// loader reads (dataset.json and each layer with all its side files, .shx/.dbf/.prj/.cpg …), of
// the resolved configuration, and of the library versions that shape the result.
#include "dataset_config.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace geodata {

/// nullopt when a source file cannot be read (the load itself then reports it).
[[nodiscard]] std::optional<std::uint64_t> sourceKey(const std::string& folder, const DatasetConfig& config);

} // namespace geodata
