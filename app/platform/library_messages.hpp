#pragma once
// What SFML says goes to the app's log, not straight to stderr. SFML writes its remarks to sf::err()
// (stderr), unprefixed and unstamped, so a kiosk's journal held "Setting vertical sync not supported" at
// every start: harmless (a driver without swap control, Mesa's llvmpipe under Xvfb) and nothing a person
// can act on. Its known harmless remarks are logged at debug level (dropped unless asked for); anything
// else is a warning that names SFML, so a real problem is still seen, with a time stamp, in the log file.
#include "platform/log.hpp"

#include <memory>
#include <streambuf>
#include <string_view>

namespace app {

/// The level for one line SFML wrote: Debug for its known harmless remarks, Warning for the rest.
[[nodiscard]] LogLevel libraryLineLevel(std::string_view line);

/// While it lives, sf::err() goes line by line to `log` ("SFML: …"); the old stream comes back after.
class LibraryMessages {
  public:
    explicit LibraryMessages(Logger& log);
    ~LibraryMessages();
    LibraryMessages(const LibraryMessages&) = delete;
    LibraryMessages& operator=(const LibraryMessages&) = delete;

  private:
    std::unique_ptr<std::streambuf> m_lines;
    std::streambuf* m_previous = nullptr;
};

} // namespace app
