#pragma once
// Typed field access on parsed JSON that records every problem as a TimelineIssue with its JSON pointer,
// so the loader can keep going and report all errors at once. Private to geodata: nlohmann stays here.
#include "geodata/timeline.hpp"

#include <cstddef>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace geodata::detail {

using Json = nlohmann::json;

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

/// The checks against what the caller knows from the boundary data (TimelineContext).
class ContextChecks {
  public:
    ContextChecks(JsonReader& reader, const TimelineContext& ctx) : m_reader(reader), m_ctx(ctx) {}
    /// A year outside [firstYear, lastYear] (where set) is reported as "<what> <year> is before/after …".
    void year(int value, const std::string& path, const std::string& what) const;
    /// A code the boundary data doesn't have (only when the context lists codes).
    void unitCode(const std::string& code, const std::string& path) const;
    [[nodiscard]] const TimelineContext& context() const { return m_ctx; }

  private:
    JsonReader& m_reader;
    const TimelineContext& m_ctx;
};

/// Reads one entry of /bodies. Returns the body however far it got; the caller keeps it only when no new
/// issue was reported. `accepted` are the bodies read before, for the distinct-colour rule.
JointBody readBody(JsonReader& r, const ContextChecks& checks, const Json& j, const std::string& path,
                   const std::vector<JointBody>& accepted);
/// Reads one entry of /networks, with the same convention.
Network readNetwork(JsonReader& r, const Json& j, const std::string& path);

/// JSON pointer (RFC 6901) of a member or element below `parent`.
std::string pointer(const std::string& parent, const std::string& key);
std::string pointer(const std::string& parent, size_t index);

/// "a string", "a number", … for messages.
std::string describeType(const Json& value);

/// Why `image` may not be used, or nullopt when it is fine. It must stay inside the dataset folder after
/// normalisation (no absolute paths, no ".." that leaves it, no symlink out of it) and, when the folder is
/// known, exist.
std::optional<std::string> imagePathProblem(const std::string& image, const std::string& datasetFolder);

/// Line and column (1-based) of a byte offset in `content`, for parse errors.
std::pair<size_t, size_t> lineAndColumn(const std::string& content, size_t byteOffset);

/// Reads and parses a JSON file. On failure reports "cannot open the file" or "invalid JSON at line L,
/// column C (byte B): …" through `reader` and returns nullopt. Shared by the timeline and story loaders.
std::optional<Json> parseJsonFile(const std::string& path, JsonReader& reader);

} // namespace geodata::detail
