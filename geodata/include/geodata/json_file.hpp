#pragma once
// Reading a curator's JSON file the same way in every loader (timeline, story, UI catalogues, config):
// the parse with line and column on a syntax error, and typed field access that records every problem
// with its JSON pointer, so a loader keeps going and reports all errors at once.
#include "geodata/timeline.hpp"

#include <cstddef>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace geodata::json {

using Json = nlohmann::json;

/// The whole file, or nullopt when it cannot be opened, is not a regular file (a FIFO, a device, a
/// folder: geodata/regular_file.hpp) or is larger than kMaxTextFileBytes; `why` says which, in words.
[[nodiscard]] std::optional<std::string> readFile(const std::string& path, std::string& why);
[[nodiscard]] std::optional<std::string> readFile(const std::string& path);

/// A key that appears more than once in one object: nlohmann keeps the last silently, so
/// `{"idleSeconds": 5, "idleSeconds": 100000}` would be 100000 without a word.
struct DuplicateKey {
    std::string key;
    std::string pointer;            // JSON pointer of the key ("/idleSeconds")
    size_t firstLine = 0, line = 0; // where it first appears and where it appears again (1-based)
    size_t firstColumn = 0, column = 0;
    /// "the key 'idleSeconds' appears twice in one object (line 1, column 2 and line 1, column 21)" — the
    /// caller puts the file and pointer in front and says what it does about it.
    [[nodiscard]] std::string message() const;
};

struct ParseResult {
    Json value;
    std::string error; // "invalid JSON at line L, column C (byte B): …"; empty when the text parsed
    std::vector<DuplicateKey> duplicates; // every repeated key, in the order of the text (when it parsed)
    [[nodiscard]] bool ok() const { return error.empty(); }
};

/// Parses `content`; never throws. Arrays and objects nested more than 100 levels deep are refused (the
/// recursive dump() and comparisons would overflow the stack). Repeated keys are listed in `duplicates`
/// (the value holds the last one, as nlohmann keeps it). `callback` sees every parse event.
[[nodiscard]] ParseResult parse(const std::string& content,
                                const Json::parser_callback_t& callback = nullptr);

class JsonReader {
  public:
    JsonReader(std::string file, std::vector<TimelineIssue>& issues)
        : m_file(std::move(file)), m_issues(issues) {}

    void error(const std::string& path, const std::string& message);
    [[nodiscard]] size_t issueCount() const { return m_issues.size(); }

    /// Reports keys not in `allowed`. Keys starting with '_' are curator comments and always allowed.
    void checkKeys(const Json& object, const std::string& path, std::initializer_list<const char*> allowed);
    /// True (and nothing reported) when `value` is an object; otherwise reports the wrong type.
    bool expectObject(const Json& value, const std::string& path);

    /// The member `key` of `object`, or nullptr; a missing required member is reported.
    const Json* field(const Json& object, const std::string& path, const char* key, bool required);
    std::optional<std::string> string(const Json& object, const std::string& path, const char* key,
                                      bool required);
    std::optional<int> integer(const Json& object, const std::string& path, const char* key, bool required);
    std::optional<bool> boolean(const Json& object, const std::string& path, const char* key, bool required);
    /// {"sv": "…", "en": "…"}, both non-empty.
    std::optional<Text> text(const Json& object, const std::string& path, const char* key, bool required);
    /// The same for a value that is not a member (an array element); `path` is the value's own pointer.
    std::optional<Text> textValue(const Json& value, const std::string& path);
    /// An array of strings; a missing optional array is an empty list.
    std::optional<std::vector<std::string>> stringList(const Json& object, const std::string& path,
                                                       const char* key, bool required);

  private:
    std::string m_file;
    std::vector<TimelineIssue>& m_issues;
};

/// Every key that appears more than once in one object of `content`, which must be valid JSON.
[[nodiscard]] std::vector<DuplicateKey> findDuplicateKeys(const std::string& content);

/// Parses `content` (the text of the reader's file). A syntax error is reported through `reader` with its
/// line and column, and nullopt returned; a repeated key is reported as an error at its pointer (the JSON
/// is still returned, holding the last value, as the message says).
[[nodiscard]] std::optional<Json> parseText(const std::string& content, JsonReader& reader);

/// The checks against what the caller knows from the boundary data (TimelineContext).
class ContextChecks {
  public:
    ContextChecks(JsonReader& reader, const TimelineContext& ctx) : m_reader(reader), m_ctx(ctx) {}
    /// A year outside [firstYear, lastYear] (where set) is reported as "<what> <year> is before/after …".
    void year(int value, const std::string& path, const std::string& what) const;
    /// A code the boundary data doesn't have (only when the context lists codes).
    void unitCode(const std::string& code, const std::string& path) const;
    /// Each id of a source field that sources.csv does not define (only when the context has sources.csv).
    /// Callers check it after deciding whether to keep the entry: the fact stands, its citation is what
    /// needs fixing, so an unknown id is reported without taking the entry out.
    void sourceIds(const std::string& field, const std::string& path) const;
    [[nodiscard]] const TimelineContext& context() const { return m_ctx; }

  private:
    JsonReader& m_reader;
    const TimelineContext& m_ctx;
};

/// JSON pointer (RFC 6901) of a member or element below `parent`.
[[nodiscard]] std::string pointer(const std::string& parent, const std::string& key);
[[nodiscard]] std::string pointer(const std::string& parent, size_t index);

/// "a string", "a number", … for messages.
[[nodiscard]] std::string describeType(const Json& value);

/// Line and column (1-based) of a byte offset in `content`, for parse errors.
[[nodiscard]] std::pair<size_t, size_t> lineAndColumn(const std::string& content, size_t byteOffset);

} // namespace geodata::json
