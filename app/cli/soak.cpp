#include "cli/soak.hpp"

#include "modes/kiosk/kiosk_session.hpp"
#include "platform/antialiasing.hpp"
#include "platform/sample_level.hpp"
#include "shell/app_shell.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <malloc.h>
#include <unistd.h>

namespace app {

long residentKb() {
    std::ifstream statm("/proc/self/statm");
    long totalPages = 0;
    long residentPages = 0;
    if (!(statm >> totalPages >> residentPages)) return 0;
    return residentPages * (sysconf(_SC_PAGESIZE) / 1024);
}

namespace {

// glibc keeps freed memory mapped for reuse; the driver's large transient buffers (llvmpipe's vertex
// output for a full map draw, tens of MB) would then count as growth although they are free. Returning
// the free pages first makes the figure what the process really holds.
long heldKb() {
    malloc_trim(0);
    return residentKb();
}

} // namespace

namespace {

// The typical interval's growth times the intervals: a one-off step moves only one of them.
long medianStepGrowthKb(const std::vector<MemorySample>& samples) {
    std::vector<long> steps;
    steps.reserve(samples.size() - 1);
    for (std::size_t i = 1; i < samples.size(); ++i) steps.push_back(samples[i].rssKb - samples[i - 1].rssKb);
    const auto middle = steps.begin() + static_cast<std::ptrdiff_t>(steps.size() / 2);
    std::nth_element(steps.begin(), middle, steps.end());
    return *middle * static_cast<long>(steps.size());
}

long lowest(std::vector<MemorySample>::const_iterator from, std::vector<MemorySample>::const_iterator to) {
    return std::min_element(from, to,
                            [](const MemorySample& a, const MemorySample& b) { return a.rssKb < b.rssKb; })
        ->rssKb;
}

// Twice the rise of the lowest sample from the first half to the second: a leak lifts the floor, a cache
// that fills in small steps and is trimmed again (a saw-tooth, whose typical step is up) does not.
long floorRiseKb(const std::vector<MemorySample>& samples) {
    const auto half = samples.begin() + static_cast<std::ptrdiff_t>(samples.size() / 2);
    return 2 * (lowest(half, samples.end()) - lowest(samples.begin(), half));
}

} // namespace

long steadyGrowthKb(const std::vector<MemorySample>& samples) {
    if (samples.size() < 2) return 0;
    return std::min(medianStepGrowthKb(samples), floorRiseKb(samples));
}

SoakReport runSoak(AppShell& app, sf::RenderTarget& target, const SoakSettings& settings,
                   const SoakProgress& progress) {
    using Clock = std::chrono::steady_clock;
    SoakReport report;
    VisitorSimulator visitors(settings.seed, target.getSize(), settings.pin);
    auto* texture = dynamic_cast<sf::RenderTexture*>(&target);
    const auto start = Clock::now();
    auto lastProgress = start;
    const auto wallLimit = std::chrono::duration<double>(settings.wallSeconds);
    // The record is made room for first, so that its growth does not count as the app's.
    if (settings.frames > 0 && settings.sampleEvery > 0)
        report.samples.reserve(static_cast<std::size_t>(settings.frames / settings.sampleEvery) + 2);
    report.rssStartKb = heldKb();
    report.rssWarmKb = report.rssPeakKb = report.rssStartKb;
    if (settings.warmupFrames <= 0) report.samples.push_back({0, 0, report.rssStartKb});
    bool wasCountingDown = false;
    while ((settings.frames <= 0 || report.frames < settings.frames) &&
           (settings.wallSeconds <= 0 || Clock::now() - start < wallLimit) && !app.quitRequested()) {
        visitors.step(app, settings.dt);
        app.update(settings.dt);
        if (settings.drawEvery <= 1 || report.frames % settings.drawEvery == 0) {
            app.draw(target);
            if (texture) texture->display();
        }
        ++report.frames;
        report.simulatedSeconds += settings.dt;

        const bool countingDown = app.kiosk().state() == KioskState::StillThere;
        if (wasCountingDown && app.kiosk().state() == KioskState::Attract) ++report.kioskResets;
        wasCountingDown = countingDown;
        const bool warm = report.frames == settings.warmupFrames;
        const bool sample = report.frames > settings.warmupFrames && settings.sampleEvery > 0 &&
                            report.frames % settings.sampleEvery == 0;
        if (warm || sample) {
            const long held = heldKb();
            if (warm) report.rssWarmKb = report.rssPeakKb = held;
            report.rssPeakKb = std::max(report.rssPeakKb, held);
            report.samples.push_back(
                {report.frames, std::chrono::duration<double>(Clock::now() - start).count(), held});
        }
        if (progress && settings.progressSeconds > 0 &&
            Clock::now() - lastProgress >= std::chrono::duration<double>(settings.progressSeconds)) {
            lastProgress = Clock::now();
            report.wallSeconds = std::chrono::duration<double>(lastProgress - start).count();
            report.rssEndKb = heldKb();
            report.visitors = visitors.counts();
            progress(report);
        }
    }
    report.wallSeconds = std::chrono::duration<double>(Clock::now() - start).count();
    report.rssEndKb = heldKb();
    report.rssPeakKb = std::max(report.rssPeakKb, report.rssEndKb);
    report.visitors = visitors.counts();
    return report;
}

namespace {

void printLine(const char* label, const SoakReport& r, double minutes) {
    std::fprintf(
        stderr,
        "tidsatlas: soak %s: %.1f of %.1f min, %ld frames (%.0f fps), %.1f simulated hours, %ld visitors, "
        "%ld resets, RSS %.1f MB (after warm-up %.1f MB)\n",
        label, r.wallSeconds / 60, minutes, r.frames, r.frames / std::max(r.wallSeconds, 1e-9),
        r.simulatedSeconds / 3600, r.visitors.visits, r.kioskResets, r.rssEndKb / 1024.0,
        r.rssWarmKb / 1024.0);
}

// The lowest sample in each tenth of the run after warm-up, in MB: whether memory levels off, at a glance.
std::string floorsByTenth(const std::vector<MemorySample>& samples) {
    std::string out;
    if (samples.size() < 10) return out;
    for (std::size_t tenth = 0; tenth < 10; ++tenth) {
        const auto from = samples.begin() + static_cast<std::ptrdiff_t>(samples.size() * tenth / 10);
        const auto to = samples.begin() + static_cast<std::ptrdiff_t>(samples.size() * (tenth + 1) / 10);
        char figure[32];
        std::snprintf(figure, sizeof figure, "%s%.1f", tenth == 0 ? "" : ", ", lowest(from, to) / 1024.0);
        out += figure;
    }
    return out;
}

} // namespace

int runSoakCommand(std::shared_ptr<const Atlas> atlas, const Options& options, AppConfig config,
                   std::vector<std::string> configProblems, double minutes) {
    Options kiosk = options;
    kiosk.kiosk = true;
    kiosk.present = false;
    const sf::Vector2u size(options.size.width, options.size.height);
    sf::ContextSettings context;
    context.antialiasingLevel = supportedSampleLevel(samplesFor(options));
    sf::RenderTexture texture;
    if (!texture.create(size.x, size.y, context)) {
        std::fprintf(stderr, "tidsatlas: cannot create a %ux%u offscreen image (graphics driver)\n", size.x,
                     size.y);
        return 1;
    }
    SoakSettings settings;
    settings.wallSeconds = minutes * 60;
    settings.pin = config.pin;
    AppShell app(std::move(atlas), kiosk, std::move(config), std::move(configProblems), size);
    std::fprintf(stderr,
                 "tidsatlas: soak: the kiosk at %ux%u (msaa %u) for %.1f min, %.2f simulated s per frame, "
                 "progress every %.0f s\n",
                 size.x, size.y, context.antialiasingLevel, minutes, settings.dt, settings.progressSeconds);
    const SoakReport r = runSoak(app, texture, settings,
                                 [minutes](const SoakReport& now) { printLine("progress", now, minutes); });
    printLine("done", r, minutes);
    const VisitorCounts& v = r.visitors;
    std::fprintf(stderr,
                 "tidsatlas: soak visitors: %ld map taps, %ld control taps, %ld drags, %ld zooms, %ld keys, "
                 "%ld views, "
                 "%ld languages, %ld year jumps, %ld answered \"Är du kvar?\", %ld wrong PINs\n",
                 v.mapTaps, v.controlTaps, v.drags, v.zooms, v.keys, v.viewSwitches, v.languageSwitches,
                 v.yearJumps, v.answeredStillThere, v.wrongPins);
    std::fprintf(
        stderr,
        "tidsatlas: soak memory (after returning free pages): RSS %ld KiB at start, %ld KiB after %ld "
        "warm-up frames, %ld KiB at the end, peak %ld KiB; %+ld KiB after warm-up, %+ld KiB of it steady "
        "(the median step between %zu samples, one every %ld frames)%s\n",
        r.rssStartKb, r.rssWarmKb, settings.warmupFrames, r.rssEndKb, r.rssPeakKb, r.growthAfterWarmupKb(),
        steadyGrowthKb(r.samples), r.samples.size(), settings.sampleEvery,
        r.frames > settings.warmupFrames ? "" : " (the run was shorter than the warm-up)");
    if (const std::string floors = floorsByTenth(r.samples); !floors.empty())
        std::fprintf(stderr,
                     "tidsatlas: soak memory, the lowest RSS in each tenth of the run after warm-up: %s MB\n",
                     floors.c_str());
    return 0;
}

} // namespace app
