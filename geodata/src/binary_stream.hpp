#pragma once
// Plain little binary writer and bounds-checked reader for the dataset cache. Values are stored in
// the machine's own byte order: a cache file never leaves the machine that wrote it.
#include <cstdint>
#include <cstring>
#include <functional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace geodata {

class BinaryWriter {
  public:
    /// Receives the bytes written, in order, a chunk at a time.
    using Sink = std::function<void(const char* data, size_t size)>;

    /// Collects everything in bytes().
    BinaryWriter() = default;
    /// Hands the bytes to `sink` as they come (call flush() at the end): the whole encoding is
    /// never in memory at once.
    explicit BinaryWriter(Sink sink) : m_sink(std::move(sink)) {}

    template <class T> void pod(const T& value) {
        static_assert(std::is_trivially_copyable_v<T>);
        append(reinterpret_cast<const char*>(&value), sizeof value);
    }
    void count(size_t n) { pod(static_cast<std::uint64_t>(n)); }
    void string(const std::string& s) {
        count(s.size());
        append(s.data(), s.size());
    }
    /// Only for element types without padding: the bytes written must not depend on the run.
    template <class T> void podVector(const std::vector<T>& values) {
        static_assert(std::is_trivially_copyable_v<T>);
        count(values.size());
        append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
    }
    /// Everything written, when there is no sink.
    [[nodiscard]] const std::string& bytes() const { return m_bytes; }
    /// Hands what is still buffered to the sink.
    void flush() {
        if (!m_sink || m_bytes.empty()) return;
        m_sink(m_bytes.data(), m_bytes.size());
        m_bytes.clear();
    }

  private:
    static constexpr size_t kChunk = size_t{1} << 20;
    void append(const char* data, size_t size) {
        if (m_sink && m_bytes.size() + size > kChunk) {
            flush();
            if (size >= kChunk) { // a long vector goes straight through
                m_sink(data, size);
                return;
            }
        }
        m_bytes.append(data, size);
    }
    Sink m_sink;
    std::string m_bytes;
};

/// Thrown when the data ends early or a count cannot be right; the cache reader turns it into a
/// warning and loads from the source instead.
struct BinaryFormatError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class BinaryReader {
  public:
    /// Fills `into` with the next `size` bytes; throws BinaryFormatError when it cannot.
    using Source = std::function<void(char* into, size_t size)>;

    /// Reads `size` bytes in memory.
    BinaryReader(const char* data, size_t size) : m_at(data), m_remaining(size) {}
    /// Reads `size` bytes from `source` as they are needed: a vector is read straight into its place.
    BinaryReader(Source source, size_t size) : m_source(std::move(source)), m_remaining(size) {}

    template <class T> T pod() {
        static_assert(std::is_trivially_copyable_v<T>);
        T value;
        read(reinterpret_cast<char*>(&value), sizeof value);
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
        std::string s(n, '\0');
        read(s.data(), n);
        return s;
    }
    template <class T> std::vector<T> podVector() {
        static_assert(std::is_trivially_copyable_v<T>);
        const size_t n = count(sizeof(T));
        std::vector<T> values(n);
        if (n != 0) read(reinterpret_cast<char*>(values.data()), n * sizeof(T));
        return values;
    }
    [[nodiscard]] size_t remaining() const { return m_remaining; }

  private:
    void read(char* into, size_t n) {
        if (n > m_remaining) throw BinaryFormatError("data ends early");
        if (m_source) {
            m_source(into, n);
        } else {
            std::memcpy(into, m_at, n);
            m_at += n;
        }
        m_remaining -= n;
    }
    Source m_source;
    const char* m_at = nullptr;
    size_t m_remaining = 0;
};

} // namespace geodata
