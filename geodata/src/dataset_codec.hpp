#pragma once
// A processed Dataset as bytes and back: every field loadDataset computes, so that a dataset read
// back from the cache is the same, field by field, as one built from the source files.
#include "binary_stream.hpp"
#include "geodata/dataset.hpp"

#include <string>

namespace geodata {

[[nodiscard]] std::string encodeDataset(const Dataset& dataset);
/// The same bytes, written to `out` (which may hand them on as they come).
void encodeDataset(const Dataset& dataset, BinaryWriter& out);
/// Throws BinaryFormatError when the bytes are not a whole encoded dataset.
[[nodiscard]] Dataset decodeDataset(const char* data, size_t size);
/// The same from any reader (which may read a file as it goes); all of its bytes must be the dataset.
[[nodiscard]] Dataset decodeDataset(BinaryReader& in);

} // namespace geodata
