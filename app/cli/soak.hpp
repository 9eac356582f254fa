#pragma once
// The soak test: the kiosk loop run offscreen for hours of simulated time with simulated visitors, to show
// that weeks of unattended use neither crash the app nor make it grow. Visitors arrive, tap the map and the
// controls, drag, zoom, switch views and languages, sometimes answer "Är du kvar?" and sometimes walk away
// so the kiosk resets; every frame is drawn into an offscreen target. Time is accelerated: each frame
// advances a fixed, large dt (the longest frame the window ever passes on), so 100,000 frames are about
// seven hours of a kiosk's day.
#include "cli/visitor_simulator.hpp"
#include "content/atlas.hpp"
#include "platform/app_config.hpp"
#include "platform/options.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <cstdint>
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace app {

class AppShell;

/// A render target that takes every draw call and hands nothing to the graphics driver (SFML skips the
/// GL work when a target cannot be activated). The app still builds every vertex, text and panel, so a
/// soak into it measures the memory of our own code without the driver's shader caches, which on Mesa's
/// software renderer grow and shrink by tens of MB as draw states come and go.
class NullTarget : public sf::RenderTarget {
  public:
    explicit NullTarget(sf::Vector2u size) : m_size(size) { initialize(); }
    [[nodiscard]] sf::Vector2u getSize() const override { return m_size; }
    bool setActive(bool /*active*/) override { return false; }

  private:
    sf::Vector2u m_size;
};

/// Resident memory of this process in KiB (/proc/self/statm); 0 where that cannot be read.
[[nodiscard]] long residentKb();

struct SoakSettings {
    long frames = 0;          // stop after this many frames; 0 = no frame limit
    double wallSeconds = 0;   // stop after this much real time; 0 = no time limit
    double dt = 0.25;         // simulated seconds per frame
    long warmupFrames = 5000; // frames before the warm-up RSS is taken (caches, fonts, GL buffers settle)
    std::uint32_t seed = 1;
    double progressSeconds = 10; // real seconds between progress reports
    std::string pin;             // the kiosk's admin PIN, so the visitors' tries are always wrong
    int drawEvery = 1;           // draw one frame in this many (every frame is updated and gets its events)
    long sampleEvery = 1000;     // frames between memory samples after warm-up (the peak and `samples`)
};

/// Resident memory after a frame: the soak's record of memory over time.
struct MemorySample {
    long frame = 0;
    double wallSeconds = 0;
    long rssKb = 0;
};

struct SoakReport {
    long frames = 0;
    double simulatedSeconds = 0;
    double wallSeconds = 0;
    long rssStartKb = 0;  // before the first frame
    long rssWarmKb = 0;   // after the warm-up frames
    long rssEndKb = 0;    // after the last frame
    long rssPeakKb = 0;   // the highest seen after warm-up (sampled every sampleEvery frames)
    long kioskResets = 0; // countdowns that ran out and sent the kiosk back to the attract loop
    VisitorCounts visitors;
    std::vector<MemorySample>
        samples; // at the warm-up (the start when there is none), then every sampleEvery
    [[nodiscard]] long growthAfterWarmupKb() const { return rssEndKb - rssWarmKb; }
};

/// The growth a leak would show in the samples: the smaller of two estimates that a leak (memory taken in
/// every interval) raises both of. The typical (median) step between samples times the steps: a cache that
/// fills once when a draw state first appears (the graphics driver's, in steps of a few MB) moves only one
/// step. Twice the rise of the lowest sample from the first half to the second: a cache that fills in small
/// steps and is trimmed again (a saw-tooth) does not lift it. 0 with fewer than two samples.
[[nodiscard]] long steadyGrowthKb(const std::vector<MemorySample>& samples);

using SoakProgress = std::function<void(const SoakReport&)>;

/// Runs `app` (in kiosk mode) frame by frame into `target` until the settings' frame or time limit.
/// `progress` is called every progressSeconds of real time with the figures so far.
SoakReport runSoak(AppShell& app, sf::RenderTarget& target, const SoakSettings& settings,
                   const SoakProgress& progress = {});

/// Memory may grow by at most this much after warm-up (tests/test_soak.cpp: in all into a NullTarget,
/// steadily into a real texture).
inline constexpr long kSoakGrowthLimitKb = 1024;

/// Into a real texture, the most memory may rise in all after warm-up: room for one or two of the driver's
/// steps (a new draw state's compiled code and buffers; up to 2.8 MB measured, docs/ROBUSTNESS.md).
inline constexpr long kSoakRealPathStepLimitKb = 4096;

/// `tidsatlas --soak MINUTES`: the kiosk drawn into an offscreen texture at the --size and --msaa given,
/// as on the kiosk's screen, with progress lines on stderr and a summary at the end: frames, simulated
/// hours, visitors, and resident memory at start, after warm-up, at the end and its steady growth. With a
/// real graphics driver the memory figures include its caches, so this reports rather than judges; the
/// tests judge (tests/test_soak.cpp). Returns 0 unless the offscreen texture fails.
int runSoakCommand(std::shared_ptr<const Atlas> atlas, const Options& options, AppConfig config,
                   std::vector<std::string> configProblems, double minutes);

} // namespace app
