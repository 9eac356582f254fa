// config.json → AppConfig, key by key: a bad key costs only itself, never the rest of the file.
#include "platform/app_config.hpp"

#include "content/i18n.hpp"

// The JSON helpers geodata uses for timeline.json, so messages read the same in every file.
#include "geodata/inside_folder.hpp"
#include "geodata/json_file.hpp"
#include "geodata/text_file.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <optional>

namespace fs = std::filesystem;

namespace app {

namespace {

using geodata::json::describeType;
using geodata::json::Json;

// What went wrong with one key, without the file, the key and the default (added by the caller).
using Problem = std::optional<std::string>;

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

struct Key {
    const char* name;
    std::string defaultText;
    std::function<Problem(const Json&, AppConfig&)> read;
};

// A number in [min, max]; `zeroAllowed` adds 0 ("not set") to the range.
std::function<Problem(const Json&, AppConfig&)> numberKey(std::function<void(AppConfig&, double)> set,
                                                          double min, double max, const char* unit,
                                                          bool zeroAllowed = false) {
    return [=](const Json& value, AppConfig& config) -> Problem {
        if (!value.is_number()) return "expected a number, found " + describeType(value);
        const double v = value.get<double>();
        if (!(zeroAllowed && v == 0) && (v < min || v > max))
            return number(v) + " is out of range (" + (zeroAllowed ? "0 or " : "") + number(min) + "–" +
                   number(max) + " " + unit + ")";
        set(config, v);
        return std::nullopt;
    };
}

Problem readPin(const Json& value, AppConfig& config) {
    if (value.is_number())
        return "write the PIN in quotes, like \"2468\" (as a number, leading zeros would be lost)";
    if (!value.is_string()) return "expected the PIN as a text of 4–8 digits, found " + describeType(value);
    const std::string pin = value.get<std::string>();
    const bool digits = std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || pin.size() < 4 || pin.size() > 8) return "the PIN must be 4–8 digits (0–9), nothing else";
    config.pin = pin;
    return std::nullopt;
}

Problem readLanguage(const Json& value, AppConfig& config) {
    if (value == "sv")
        config.language = Language::Swedish;
    else if (value == "en")
        config.language = Language::English;
    else {
        // Built step by step: GCC 12 warns falsely (-Wrestrict) about "…" + std::string chains here.
        std::string found = describeType(value);
        if (value.is_string()) found = '"' + value.get<std::string>() + '"';
        return std::string("expected \"sv\" or \"en\", found ").append(found);
    }
    return std::nullopt;
}

Problem readStoryFile(const Json& value, AppConfig& config) {
    if (!value.is_string()) return "expected a file path as text, found " + describeType(value);
    config.storyFile = value.get<std::string>();
    return std::nullopt;
}

Problem readHeartbeatFile(const Json& value, AppConfig& config) {
    if (!value.is_string())
        return "expected a file path as text (or \"\" for none), found " + describeType(value);
    const std::string file = value.get<std::string>();
    // Caught here rather than every few seconds by a watchdog that silently restarts the kiosk.
    const fs::path folder = fs::path(file).parent_path();
    std::error_code ec;
    if (!file.empty() && !folder.empty() && !fs::is_directory(folder, ec))
        return "the folder " + folder.string() + " does not exist";
    config.heartbeatFile = file;
    return std::nullopt;
}

const std::vector<Key>& keys() {
    static const AppConfig d;
    static const std::vector<Key> list = {
        {"screenWidthMm", number(d.screenWidthMm),
         numberKey([](AppConfig& c, double v) { c.screenWidthMm = v; }, 50, 20000, "mm", true)},
        {"screenHeightMm", number(d.screenHeightMm),
         numberKey([](AppConfig& c, double v) { c.screenHeightMm = v; }, 50, 20000, "mm", true)},
        {"idleSeconds", number(d.idleSeconds),
         numberKey([](AppConfig& c, double v) { c.idleSeconds = v; }, 5, 86400, "seconds")},
        {"countdownSeconds", number(d.countdownSeconds),
         numberKey([](AppConfig& c, double v) { c.countdownSeconds = v; }, 1, 600, "seconds")},
        {"pin", "\"" + d.pin + "\"", readPin},
        {"textScale", number(d.textScale),
         numberKey([](AppConfig& c, double v) { c.textScale = static_cast<float>(v); }, 0.5, 4, "×")},
        {"language", std::string("\"") + languageCode(d.language) + "\"", readLanguage},
        {"storyFile", "\"\" (the dataset's story.json)", readStoryFile},
        {"heartbeatFile", "\"" + d.heartbeatFile + "\"", readHeartbeatFile},
        {"heartbeatSeconds", number(d.heartbeatSeconds),
         numberKey([](AppConfig& c, double v) { c.heartbeatSeconds = v; }, 1, 3600, "seconds")},
        {"minTouchTargetMm", number(d.minTouchTargetMm),
         numberKey([](AppConfig& c, double v) { c.minTouchTargetMm = v; }, 15, 60, "mm")},
    };
    return list;
}

// Edit distance, for "did you mean" on a misspelt key.
size_t distance(const std::string& a, const std::string& b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t above = row[j];
            const bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                              std::tolower(static_cast<unsigned char>(b[j - 1]));
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string unknownKeyMessage(const std::string& key) {
    const Key* best = nullptr;
    size_t bestDistance = 4; // more than three edits away is not a typo
    for (const Key& k : keys())
        if (const size_t d = distance(key, k.name); d < bestDistance) {
            best = &k;
            bestDistance = d;
        }
    if (best) return "unknown key '" + key + "', ignored; did you mean '" + best->name + "'?";
    std::string list;
    for (const Key& k : keys()) list += (list.empty() ? "" : ", ") + std::string(k.name);
    return "unknown key '" + key + "', ignored (known keys: " + list + ")";
}

} // namespace

ConfigLoad loadConfig(const std::string& path) {
    // A folder opens as an empty stream on Linux, which read as "invalid JSON at line 1": say what it is.
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        ConfigLoad result{
            {},
            {path + ": is a folder, not a settings file; give the JSON file itself; using the defaults"},
            {}};
        result.pinError = path + ": is a folder, not a settings file, so its /pin is unknown";
        return result;
    }
    const geodata::TextFile file = geodata::readTextFile(path); // a regular file of at most 16 MB
    if (!file.text) {
        ConfigLoad result{{}, {path + ": " + file.error + "; using the defaults"}, {}};
        result.pinError = path + ": " + file.error + ", so its /pin is unknown";
        return result;
    }
    return loadConfigFromText(*file.text, path);
}

bool usesPublishedPin(const AppConfig& config) { return config.pin == AppConfig{}.pin; }

ConfigLoad loadConfigFromText(const std::string& text, const std::string& path) {
    ConfigLoad result;
    const geodata::json::ParseResult parsed = geodata::json::parse(text);
    if (!parsed.ok()) {
        result.problems.push_back(path + ": " + parsed.error + "; using the defaults");
        result.pinError = path + ": " + parsed.error + ", so its /pin cannot be read";
        return result;
    }
    const Json& root = parsed.value;
    if (!root.is_object()) {
        result.problems.push_back(path + ": expected an object of settings, found " + describeType(root) +
                                  "; using the defaults");
        result.pinError = path + ": expected an object of settings, so its /pin cannot be read";
        return result;
    }
    // A kiosk still starts on a repeated key, with the last value as nlohmann keeps it, but says so.
    for (const geodata::json::DuplicateKey& d : parsed.duplicates)
        result.problems.push_back(path + " " + d.pointer + ": " + d.message() + "; the last one is used");
    for (const auto& item : root.items()) {
        const std::string& name = item.key();
        if (!name.empty() && name[0] == '_') continue; // a comment
        const std::string where = path + " " + geodata::json::pointer("", name) + ": ";
        const auto key =
            std::find_if(keys().begin(), keys().end(), [&](const Key& k) { return name == k.name; });
        if (key == keys().end()) {
            result.problems.push_back(where + unknownKeyMessage(name));
            continue;
        }
        // Read into a copy so a rejected value leaves the default untouched.
        AppConfig candidate = result.config;
        if (const Problem problem = key->read(item.value(), candidate)) {
            result.problems.push_back(where + *problem + "; using the default " + key->defaultText);
            // The one key whose default is no fallback: it is printed in the docs.
            if (name == "pin") result.pinError = where + *problem;
        } else
            result.config = candidate;
    }
    return result;
}

float pixelsPerMm(const AppConfig& config, unsigned widthPx, unsigned heightPx) {
    std::vector<double> ratios;
    if (config.screenWidthMm > 0 && widthPx > 0) ratios.push_back(widthPx / config.screenWidthMm);
    if (config.screenHeightMm > 0 && heightPx > 0) ratios.push_back(heightPx / config.screenHeightMm);
    if (ratios.empty()) return static_cast<float>(96.0 / 25.4);
    double sum = 0;
    for (double r : ratios) sum += r;
    return static_cast<float>(sum / static_cast<double>(ratios.size()));
}

float touchTargetPx(const AppConfig& config, unsigned widthPx, unsigned heightPx, double wantedMm) {
    const double mm = std::max(wantedMm, config.minTouchTargetMm);
    return static_cast<float>(mm) * pixelsPerMm(config, widthPx, heightPx);
}

float kioskTextPx(const AppConfig& config, unsigned widthPx, unsigned heightPx) {
    constexpr double kPi = 3.14159265358979323846;
    const double capitalMm =
        kKioskReadingDistanceMm * std::tan(kKioskCharacterArcMinutes / 60.0 * kPi / 180.0);
    const double readable = capitalMm / kSansCapitalShare * pixelsPerMm(config, widthPx, heightPx);
    const double label = touchTargetPx(config, widthPx, heightPx, kKioskButtonMm) * kKioskButtonLabelShare;
    return static_cast<float>(std::max(readable, label)) * config.textScale;
}

std::string storyPath(const AppConfig& config, const std::string& dataDir) {
    if (config.storyFile.empty()) return (fs::path(dataDir) / "story.json").string();
    const fs::path file(config.storyFile);
    return file.is_absolute() ? file.string() : (fs::path(dataDir) / file).string();
}

StoryLoad loadFolderStory(const AppConfig& config, const std::string& dataDir, const Atlas& atlas) {
    const std::string path = storyPath(config, dataDir);
    if (config.storyFile.empty() && !std::filesystem::exists(path)) return {};
    // The dataset's own story.json is the folder's like its other files; a storyFile in the config is the
    // installation's choice and may be anywhere.
    if (config.storyFile.empty())
        if (auto outside = geodata::outsideFolderProblem("story.json", dataDir))
            return {{}, {{path, "", *outside}}};
    return loadStory(path, makeStoryContext(atlas.dataset, atlas.timeline));
}

} // namespace app
