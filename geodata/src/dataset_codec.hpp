#pragma once
// A processed Dataset as bytes and back: every field loadDataset computes, so that a dataset read
// back from the cache is the same, field by field, as one built from the source files.
#include "geodata/dataset.hpp"

#include <string>

namespace geodata {

[[nodiscard]] std::string encodeDataset(const Dataset& dataset);
/// Throws BinaryFormatError when the bytes are not a whole encoded dataset.
[[nodiscard]] Dataset decodeDataset(const char* data, size_t size);

} // namespace geodata
