#pragma once
// Plain little binary writer and bounds-checked reader for the dataset cache. Values are stored in
// the machine's own byte order: a cache file never leaves the machine that wrote it.
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

namespace geodata {

class BinaryWriter {
  public:
    template <class T> void pod(const T& value) {
        static_assert(std::is_trivially_copyable_v<T>);
        m_bytes.append(reinterpret_cast<const char*>(&value), sizeof value);
    }
    void count(size_t n) { pod(static_cast<std::uint64_t>(n)); }
    void string(const std::string& s) {
        count(s.size());
        m_bytes.append(s);
    }
    /// Only for element types without padding: the bytes written must not depend on the run.
    template <class T> void podVector(const std::vector<T>& values) {
        static_assert(std::is_trivially_copyable_v<T>);
        count(values.size());
        m_bytes.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
    }
    [[nodiscard]] const std::string& bytes() const { return m_bytes; }

  private:
    std::string m_bytes;
};

/// Thrown when the data ends early or a count cannot be right; the cache reader turns it into a
/// warning and loads from the source instead.
struct BinaryFormatError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class BinaryReader {
  public:
    BinaryReader(const char* data, size_t size) : m_at(data), m_end(data + size) {}

    template <class T> T pod() {
        static_assert(std::is_trivially_copyable_v<T>);
        T value;
        std::memcpy(&value, take(sizeof value), sizeof value);
        return value;
    }
    /// A count of elements of `elementSize` bytes each, checked against what is left to read.
    size_t count(size_t elementSize = 1) {
        const auto n = pod<std::uint64_t>();
        if (elementSize != 0 && n > remaining() / elementSize)
            throw BinaryFormatError("count beyond the end");
        return static_cast<size_t>(n);
    }
    std::string string() {
        const size_t n = count();
        return {take(n), n};
    }
    template <class T> std::vector<T> podVector() {
        const size_t n = count(sizeof(T));
        std::vector<T> values(n);
        if (n != 0) std::memcpy(values.data(), take(n * sizeof(T)), n * sizeof(T));
        return values;
    }
    [[nodiscard]] size_t remaining() const { return static_cast<size_t>(m_end - m_at); }

  private:
    const char* take(size_t n) {
        if (n > remaining()) throw BinaryFormatError("data ends early");
        const char* at = m_at;
        m_at += n;
        return at;
    }
    const char* m_at;
    const char* m_end;
};

} // namespace geodata
