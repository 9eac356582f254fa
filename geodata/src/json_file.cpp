// Reading and parsing JSON files, typed field access with issue reporting: see geodata/json_file.hpp.
#include "geodata/json_file.hpp"

#include "geodata/text_file.hpp"

#include <algorithm>
#include <fstream>
#include <limits>
#include <sstream>

namespace geodata::json {

std::optional<std::string> readFile(const std::string& path, std::string& why) {
    TextFile file = readTextFile(path);
    why = file.error;
    return std::move(file.text);
}

std::optional<std::string> readFile(const std::string& path) { return readTextFile(path).text; }

namespace {

// Deeper than any of our schemas needs (they use five levels) and far below what would exhaust the stack:
// nlohmann parses iteratively, but dump() and comparisons recurse, and a story "centre" nested 100 000
// arrays deep overflowed the stack when its error message dumped it.
constexpr size_t kMaxDepth = 100;

// The byte offset at which `content` opens its (kMaxDepth + 1)th nested array or object, if it does.
std::optional<size_t> tooDeepAt(const std::string& content) {
    size_t depth = 0;
    bool inString = false;
    for (size_t i = 0; i < content.size(); ++i) {
        const char c = content[i];
        if (inString) {
            if (c == '\\')
                ++i; // skip the escaped character, which may be a quote
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxDepth) return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

} // namespace

ParseResult parse(const std::string& content, const Json::parser_callback_t& callback) {
    ParseResult result;
    if (const auto offset = tooDeepAt(content)) {
        const auto [line, column] = lineAndColumn(content, *offset);
        result.error = "invalid JSON at line " + std::to_string(line) + ", column " + std::to_string(column) +
                       " (byte " + std::to_string(*offset) + "): nested more than " +
                       std::to_string(kMaxDepth) + " levels deep";
        return result;
    }
    const auto fail = [&](size_t offset, const std::string& what) {
        const auto [line, column] = lineAndColumn(content, offset);
        result.error = "invalid JSON at line " + std::to_string(line) + ", column " + std::to_string(column) +
                       " (byte " + std::to_string(offset) + "): " + what;
        result.value = nullptr;
    };
    try {
        result.value = Json::parse(content, callback);
    } catch (const Json::parse_error& e) {
        // e.byte counts from 1 and points just past the offending character.
        std::string what = e.what();
        if (const auto colon = what.rfind(": "); colon != std::string::npos) what = what.substr(colon + 2);
        fail(e.byte > 0 ? e.byte - 1 : 0, what);
    } catch (const Json::out_of_range& e) {
        // A number too large for a double ("1e999"; found by fuzz_config and fuzz_i18n) is out_of_range
        // 406, not a parse_error, and it carries no position: the message quotes the number, so look
        // for it in the text.
        std::string what = e.what();
        if (const auto bracket = what.find("] "); bracket != std::string::npos)
            what = what.substr(bracket + 2);
        size_t offset = 0;
        if (const auto open = what.find('\''), close = what.rfind('\''); open < close)
            offset = std::min(content.find(what.substr(open + 1, close - open - 1)), content.size());
        fail(offset, what);
    }
    if (result.ok()) result.duplicates = findDuplicateKeys(content);
    return result;
}

std::optional<Json> parseText(const std::string& content, JsonReader& reader) {
    ParseResult parsed = parse(content);
    if (!parsed.ok()) {
        reader.error("", parsed.error);
        return std::nullopt;
    }
    for (const DuplicateKey& d : parsed.duplicates)
        reader.error(d.pointer, d.message() + "; the last one is used");
    return std::move(parsed.value);
}

void JsonReader::error(const std::string& path, const std::string& message) {
    m_issues.push_back({m_file, path, message});
}

void JsonReader::checkKeys(const Json& object, const std::string& path,
                           std::initializer_list<const char*> allowed) {
    for (const auto& item : object.items()) {
        const std::string& key = item.key();
        if (!key.empty() && key[0] == '_') continue;
        const bool known =
            std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return key == a; });
        if (known) continue;
        // A typo in an optional field would otherwise make it silently vanish.
        std::string list;
        for (const char* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
        error(pointer(path, key), "unknown field '" + key + "' (expected: " + list + ")");
    }
}

bool JsonReader::expectObject(const Json& value, const std::string& path) {
    if (value.is_object()) return true;
    error(path, "expected an object, found " + describeType(value));
    return false;
}

const Json* JsonReader::field(const Json& object, const std::string& path, const char* key, bool required) {
    const auto it = object.find(key);
    if (it == object.end()) {
        if (required) error(pointer(path, key), std::string("missing required field '") + key + "'");
        return nullptr;
    }
    return &*it;
}

std::optional<std::string> JsonReader::string(const Json& object, const std::string& path, const char* key,
                                              bool required) {
    const Json* value = field(object, path, key, required);
    if (!value) return std::nullopt;
    if (!value->is_string()) {
        error(pointer(path, key), "expected a string, found " + describeType(*value));
        return std::nullopt;
    }
    std::string s = value->get<std::string>();
    if (required && s.empty()) {
        error(pointer(path, key), std::string("'") + key + "' must not be empty");
        return std::nullopt;
    }
    return s;
}

std::optional<int> JsonReader::integer(const Json& object, const std::string& path, const char* key,
                                       bool required) {
    const Json* value = field(object, path, key, required);
    if (!value) return std::nullopt;
    if (!value->is_number_integer()) {
        error(pointer(path, key), "expected a whole number, found " + describeType(*value));
        return std::nullopt;
    }
    const auto n = value->get<long long>();
    if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max()) {
        error(pointer(path, key), "number out of range");
        return std::nullopt;
    }
    return static_cast<int>(n);
}

std::optional<bool> JsonReader::boolean(const Json& object, const std::string& path, const char* key,
                                        bool required) {
    const Json* value = field(object, path, key, required);
    if (!value) return std::nullopt;
    if (!value->is_boolean()) {
        error(pointer(path, key), "expected true or false, found " + describeType(*value));
        return std::nullopt;
    }
    return value->get<bool>();
}

std::optional<Text> JsonReader::text(const Json& object, const std::string& path, const char* key,
                                     bool required) {
    const Json* value = field(object, path, key, required);
    if (!value) return std::nullopt;
    return textValue(*value, pointer(path, key));
}

std::optional<Text> JsonReader::textValue(const Json& value, const std::string& path) {
    if (!expectObject(value, path)) return std::nullopt;
    checkKeys(value, path, {"sv", "en"});
    const size_t before = issueCount();
    auto sv = string(value, path, "sv", true);
    auto en = string(value, path, "en", true);
    if (issueCount() != before || !sv || !en) return std::nullopt;
    return Text{std::move(*sv), std::move(*en)};
}

std::optional<std::vector<std::string>> JsonReader::stringList(const Json& object, const std::string& path,
                                                               const char* key, bool required) {
    const Json* value = field(object, path, key, required);
    if (!value) return required ? std::nullopt : std::optional<std::vector<std::string>>(std::in_place);
    const std::string here = pointer(path, key);
    if (!value->is_array()) {
        error(here, "expected an array of strings, found " + describeType(*value));
        return std::nullopt;
    }
    std::vector<std::string> list;
    bool good = true;
    for (size_t i = 0; i < value->size(); ++i) {
        const Json& item = (*value)[i];
        if (!item.is_string() || item.get<std::string>().empty()) {
            error(pointer(here, i), "expected a non-empty string, found " + describeType(item));
            good = false;
            continue;
        }
        list.push_back(item.get<std::string>());
    }
    if (!good) return std::nullopt;
    return list;
}

void ContextChecks::year(int value, const std::string& path, const std::string& what) const {
    if (m_ctx.firstYear != 0 && value < m_ctx.firstYear)
        m_reader.error(path, what + " " + std::to_string(value) + " is before the data starts (" +
                                 std::to_string(m_ctx.firstYear) + ")");
    if (m_ctx.lastYear != 0 && value > m_ctx.lastYear)
        m_reader.error(path, what + " " + std::to_string(value) + " is after the data ends (" +
                                 std::to_string(m_ctx.lastYear) + ")");
}

void ContextChecks::unitCode(const std::string& code, const std::string& path) const {
    if (!m_ctx.knownUnitCodes.empty() && !m_ctx.knownUnitCodes.contains(code))
        m_reader.error(path, "unknown unit code '" + code + "' (not in the boundary data)");
}

void ContextChecks::sourceIds(const std::string& field, const std::string& path) const {
    if (!m_ctx.sources) return;
    for (const std::string& id : unknownSourceIds(*m_ctx.sources, field))
        m_reader.error(path, unknownSourceIdMessage(id));
}

std::string pointer(const std::string& parent, const std::string& key) {
    std::string escaped;
    for (char c : key) {
        if (c == '~')
            escaped += "~0";
        else if (c == '/')
            escaped += "~1";
        else
            escaped += c;
    }
    return parent + "/" + escaped;
}

std::string pointer(const std::string& parent, size_t index) { return parent + "/" + std::to_string(index); }

std::string describeType(const Json& value) {
    switch (value.type()) {
    case Json::value_t::null:
        return "null";
    case Json::value_t::object:
        return "an object";
    case Json::value_t::array:
        return "an array";
    case Json::value_t::string:
        return value.get<std::string>().empty() ? "an empty string" : "a string";
    case Json::value_t::boolean:
        return "a boolean";
    case Json::value_t::number_float:
        return "a decimal number";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        return "a number";
    default:
        return "an unsupported value";
    }
}

std::pair<size_t, size_t> lineAndColumn(const std::string& content, size_t byteOffset) {
    const size_t end = std::min(byteOffset, content.size());
    size_t line = 1;
    size_t lineStart = 0;
    for (size_t i = 0; i < end; ++i)
        if (content[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    return {line, end - lineStart + 1};
}

} // namespace geodata::json
