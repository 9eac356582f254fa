// Finding keys that appear twice in one JSON object (see geodata/json_file.hpp). nlohmann's parser keeps
// the last of two equal keys and tells no one, and its events carry no position, so the text is scanned
// once more here, after it parsed, to give each repeated key its JSON pointer, line and column.
#include "geodata/json_file.hpp"

#include <charconv>
#include <map>
#include <tuple>
#include <utility>

namespace geodata::json {

namespace {

struct Frame {
    bool object = false;
    std::string pointer;
    std::map<std::string, std::pair<size_t, size_t>, std::less<>> keys; // key → line and column, first seen
    bool expectKey = true;                                              // objects: the next string is a key
    std::string lastKey;
    size_t index = 0; // arrays: the element being read
};

void appendUtf8(std::string& out, unsigned code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// Reads the string that opens at content[i] (a quote); returns its text with the escapes decoded (so
// "a" and "\u0061" are the same key, as nlohmann sees them) and leaves i on the closing quote.
std::string readString(const std::string& content, size_t& i) {
    std::string text;
    for (++i; i < content.size() && content[i] != '"'; ++i) {
        if (content[i] != '\\' || i + 1 >= content.size()) {
            text += content[i];
            continue;
        }
        const char e = content[++i];
        switch (e) {
        case 'n':
            text += '\n';
            break;
        case 't':
            text += '\t';
            break;
        case 'r':
            text += '\r';
            break;
        case 'b':
            text += '\b';
            break;
        case 'f':
            text += '\f';
            break;
        case 'u':
            if (i + 4 < content.size()) {
                // Surrogate pairs are kept as two code units: two keys that differ only there are rare,
                // and the worst case is a duplicate not found, never a false one.
                unsigned code = 0;
                std::from_chars(content.data() + i + 1, content.data() + i + 5, code, 16);
                appendUtf8(text, code);
                i += 4;
            }
            break;
        default:
            text += e; // \" \\ \/
        }
    }
    return text;
}

} // namespace

std::string DuplicateKey::message() const {
    return "the key '" + key + "' appears twice in one object (line " + std::to_string(firstLine) +
           ", column " + std::to_string(firstColumn) + " and line " + std::to_string(line) + ", column " +
           std::to_string(column) + ")";
}

std::vector<DuplicateKey> findDuplicateKeys(const std::string& content) {
    std::vector<DuplicateKey> found;
    std::vector<Frame> stack;
    // Lines are counted on the way (a string cannot hold a raw line break in valid JSON), so a file of a
    // million repeated keys costs one pass, not one pass per key.
    size_t line = 1, lineStart = 0;
    const auto childPointer = [&]() -> std::string {
        if (stack.empty()) return "";
        const Frame& top = stack.back();
        return top.object ? json::pointer(top.pointer, top.lastKey) : json::pointer(top.pointer, top.index);
    };
    for (size_t i = 0; i < content.size(); ++i) {
        const char c = content[i];
        if (c == '\n') {
            ++line;
            lineStart = i + 1;
        } else if (c == '"') {
            const std::pair<size_t, size_t> here{line, i - lineStart + 1};
            std::string text = readString(content, i);
            if (stack.empty() || !stack.back().object || !stack.back().expectKey) continue; // a value
            Frame& top = stack.back();
            top.expectKey = false;
            if (const auto [it, inserted] = top.keys.try_emplace(text, here); !inserted) {
                DuplicateKey d;
                d.key = text;
                d.pointer = json::pointer(top.pointer, text);
                std::tie(d.firstLine, d.firstColumn) = it->second;
                std::tie(d.line, d.column) = here;
                found.push_back(std::move(d));
            }
            top.lastKey = std::move(text);
        } else if (c == '{' || c == '[') {
            Frame frame;
            frame.object = c == '{';
            frame.pointer = childPointer();
            stack.push_back(std::move(frame));
        } else if ((c == '}' || c == ']') && !stack.empty()) {
            stack.pop_back();
        } else if (c == ',' && !stack.empty()) {
            if (stack.back().object)
                stack.back().expectKey = true;
            else
                ++stack.back().index;
        }
    }
    return found;
}

} // namespace geodata::json
