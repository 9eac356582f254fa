// The command line: options that contradict each other or mean nothing alone are refused with a sentence
// that says why (before, `--list --export-png x.png` listed and wrote no PNG, `--story` without
// `--export-video` was ignored), and a --size out of range says the range.
#include "platform/option_conflicts.hpp"
#include "platform/options.hpp"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace {

struct Parsed {
    std::optional<app::Options> options;
    int exitCode = 0;
    std::string stderrText;
};

Parsed parse(std::vector<std::string> args) {
    args.insert(args.begin(), "tidsatlas");
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    Parsed p;
    testing::internal::CaptureStderr();
    p.options = app::parseOptions(static_cast<int>(argv.size()), argv.data(), p.exitCode);
    p.stderrText = testing::internal::GetCapturedStderr();
    return p;
}

void expectRefused(const std::vector<std::string>& args, const std::string& words) {
    const Parsed p = parse(args);
    std::string line;
    for (const std::string& a : args) line += a + " ";
    EXPECT_FALSE(p.options.has_value()) << line << "was accepted";
    EXPECT_EQ(p.exitCode, 2) << line;
    EXPECT_NE(p.stderrText.find(words), std::string::npos) << line << "said: " << p.stderrText;
}

} // namespace

TEST(Options, TwoCommandsAtOnceAreRefused) {
    expectRefused({"--list", "--export-png", "x.png"},
                  "--list and --export-png cannot be used together: each is a command");
    expectRefused({"--export-png", "x.png", "--export-video", "v.mp4"}, "--export-png and --export-video");
    expectRefused({"--bench", "--soak", "1"}, "--bench and --soak");
}

TEST(Options, AnOptionThatNeedsAnotherSaysWhich) {
    expectRefused({"--story"}, "--story needs --export-video (it chooses what the video shows)");
    expectRefused({"--layout-json", "l.json"}, "--layout-json needs --export-png");
    expectRefused({"--list", "--from", "1950"}, "--from needs --export-video");
    expectRefused({"--export-png", "x.png", "--to", "1960"}, "--to needs --export-video or --bench");
    expectRefused({"--fps", "25"}, "--fps needs --export-video");
    expectRefused({"--duration", "10"}, "--duration needs --export-video");
    expectRefused({"--frames", "10"}, "--frames needs --bench");
    expectRefused({"--redraw"}, "--redraw needs --bench");
}

TEST(Options, WindowOptionsWithAOneShotCommandAreRefused) {
    expectRefused({"--list", "--kiosk"}, "--kiosk is for the window, but --list opens none");
    expectRefused({"--export-png", "x.png", "--fullscreen"}, "--fullscreen is for the window");
    expectRefused({"--export-video", "v.mp4", "--log", "x.log"}, "--log is for the window");
    expectRefused({"--bench", "--teach"}, "--teach is for the window");
}

TEST(Options, TwoWindowModesAndOptionsThatUndoEachOtherAreRefused) {
    expectRefused({"--kiosk", "--teach"}, "--kiosk and --teach cannot be used together");
    expectRefused({"--present", "--teach"}, "--present and --teach");
    expectRefused({"--export-video", "v.mp4", "--story", "--from", "1950"}, "--story and --from");
    expectRefused({"--export-video", "v.mp4", "--year", "1950"}, "--year has no effect on --export-video");
    expectRefused({"--no-cache", "--cache-dir", "/tmp/c"}, "--no-cache and --cache-dir");
}

TEST(Options, CombinationsThatFitStillParse) {
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"--export-video", "v.mp4", "--story", "--fps", "25", "--duration", "20"},
             {"--export-video", "v.mp4", "--from", "1950", "--to", "1960"},
             {"--export-png", "x.png", "--layout-json", "l.json", "--year", "1952", "--lang", "en"},
             {"--bench", "--frames", "10", "--redraw", "--year", "1952", "--to", "1952", "--msaa", "0"},
             {"--present", "--speaker-window", "--config", "c.json"},
             {"--kiosk", "--config", "c.json", "--log", "-"},
             {"--soak", "1", "--config", "c.json", "--size", "320x240"},
             {"--teach", "--fullscreen"},
             {"--list", "--year", "1952", "--no-cache"}}) {
        const Parsed p = parse(args);
        EXPECT_TRUE(p.options.has_value()) << args.front() << " ...: " << p.stderrText;
    }
}

TEST(Options, ASizeOutOfRangeSaysTheRange) {
    expectRefused({"--size", "1x1"}, "each from 16 to 16384");
    expectRefused({"--size", "20000x100"}, "each from 16 to 16384");
    expectRefused({"--size", "big"}, "expected WIDTHxHEIGHT");
    EXPECT_TRUE(parse({"--size", "16x16384"}).options.has_value());
}
