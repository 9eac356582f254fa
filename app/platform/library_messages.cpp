#include "platform/library_messages.hpp"

#include <SFML/System/Err.hpp>
#include <array>
#include <mutex>
#include <string>

namespace app {

namespace {

// SFML's remarks that need no one's attention, by how they begin.
constexpr std::array kHarmless{
    // GLX without a swap-control extension (Xvfb, llvmpipe): the window runs without vertical sync.
    std::string_view("Setting vertical sync not supported"),
};

// Collects characters into lines and logs each whole line once its newline comes.
class LineBuffer : public std::streambuf {
  public:
    explicit LineBuffer(Logger& log) : m_log(log) {}
    ~LineBuffer() override {
        const std::lock_guard lock(m_mutex);
        emit(); // a last line without its newline
    }
    LineBuffer(const LineBuffer&) = delete;
    LineBuffer& operator=(const LineBuffer&) = delete;

  protected:
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        const std::lock_guard lock(m_mutex);
        if (traits_type::to_char_type(c) == '\n')
            emit();
        else
            m_line += traits_type::to_char_type(c);
        return c;
    }
    std::streamsize xsputn(const char* text, std::streamsize count) override {
        for (std::streamsize i = 0; i < count; ++i) overflow(traits_type::to_int_type(text[i]));
        return count;
    }

  private:
    void emit() { // with m_mutex held
        if (!m_line.empty()) m_log.write(libraryLineLevel(m_line), "SFML: " + m_line);
        m_line.clear();
    }

    Logger& m_log;
    std::mutex m_mutex;
    std::string m_line;
};

} // namespace

LogLevel libraryLineLevel(std::string_view line) {
    for (const std::string_view harmless : kHarmless)
        if (line.starts_with(harmless)) return LogLevel::Debug;
    return LogLevel::Warning;
}

LibraryMessages::LibraryMessages(Logger& log) : m_lines(std::make_unique<LineBuffer>(log)) {
    m_previous = sf::err().rdbuf(m_lines.get());
}

LibraryMessages::~LibraryMessages() { sf::err().rdbuf(m_previous); }

} // namespace app
