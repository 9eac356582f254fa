#include "export/video_export.hpp"

#include "export/frame_sources.hpp"
#include "platform/antialiasing.hpp"
#include "platform/sample_level.hpp"

#include <SFML/System/Clock.hpp>
#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <utility>
#include <vector>

namespace app {

namespace {

bool haveFfmpeg() { return std::system("command -v ffmpeg >/dev/null 2>&1") == 0; }

// ffmpeg's arguments: raw RGBA frames on its input, the video into `output` (a temporary file beside the
// target, with the target's extension). -y: that file exists already, made empty by us.
std::vector<std::string> ffmpegArguments(const VideoRequest& r, const std::string& output) {
    std::vector<std::string> args{
        "-hide_banner", "-loglevel",
        "error",        "-y",
        "-f",           "rawvideo",
        "-pix_fmt",     "rgba",
        "-s",           std::to_string(r.size.width) + "x" + std::to_string(r.size.height),
        "-r",           std::to_string(r.fps),
        "-i",           "-"};
    const std::string ext = std::filesystem::path(r.file).extension().string();
    if (ext == ".gif") {
        args.insert(args.end(), {"-vf", "split[a][b];[a]palettegen=stats_mode=diff[p];[b][p]paletteuse"});
    } else {
        args.insert(args.end(), {"-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-pix_fmt",
                                 "yuv420p", "-movflags", "+faststart", "-f", "mp4"});
    }
    args.push_back(output);
    return args;
}

// Set by SIGINT or SIGTERM while the command line writes a video.
volatile std::sig_atomic_t g_interrupted = 0;
extern "C" void onInterrupt(int) { g_interrupted = 1; }

// Catches Ctrl+C and SIGTERM for the life of the command-line export, then puts back what was there.
class InterruptCatcher {
  public:
    InterruptCatcher() {
        g_interrupted = 0;
        struct sigaction catcher {};
        catcher.sa_handler = onInterrupt;
        sigemptyset(&catcher.sa_mask);
        // A signal the process was started ignoring (a background job, nohup) stays ignored.
        sigaction(SIGINT, nullptr, &m_oldInt);
        sigaction(SIGTERM, nullptr, &m_oldTerm);
        if (m_oldInt.sa_handler != SIG_IGN) sigaction(SIGINT, &catcher, nullptr);
        if (m_oldTerm.sa_handler != SIG_IGN) sigaction(SIGTERM, &catcher, nullptr);
    }
    ~InterruptCatcher() {
        sigaction(SIGINT, &m_oldInt, nullptr);
        sigaction(SIGTERM, &m_oldTerm, nullptr);
    }
    InterruptCatcher(const InterruptCatcher&) = delete;
    InterruptCatcher& operator=(const InterruptCatcher&) = delete;

  private:
    struct sigaction m_oldInt {};
    struct sigaction m_oldTerm {};
};

} // namespace

VideoExporter::VideoExporter(std::shared_ptr<const Atlas> atlas, const Options& look, VideoRequest request)
    : m_request(std::move(request)) {
    const VideoRequest& r = m_request;
    const std::string ext = std::filesystem::path(r.file).extension().string();
    if (ext != ".mp4" && ext != ".gif") {
        fail(r.file + ": the video file must end in .mp4 or .gif");
        return;
    }
    if (!r.story && r.fromYear >= r.toYear) {
        fail("--from must be before --to");
        return;
    }
    if (r.fps < 1 || r.fps > 120) {
        fail("--fps must be between 1 and 120");
        return;
    }
    if (r.story && r.duration > 0) {
        fail(
            "--duration does not apply to --story: each scene's yearsPerSecond and holdSeconds in story.json "
            "set its length");
        return;
    }
    if (!haveFfmpeg()) {
        fail("ffmpeg is not installed; install it with: apt-get install ffmpeg");
        return;
    }
    // The destination first: a folder that does not exist or is not writable is said before any frame is
    // drawn (ffmpeg would only find out at its end, and the pipe's break used to end the app).
    std::string destinationError;
    m_output = TemporaryFile::createBeside(r.file, destinationError);
    if (!m_output) {
        fail(destinationError);
        return;
    }
    m_output->close(); // ffmpeg opens it by its name
    sf::ContextSettings settings;
    settings.antialiasingLevel =
        supportedSampleLevel(samplesFor(look)); // --aa msaa; analytic edges need none
    if (!m_texture.create(r.size.width, r.size.height, settings)) {
        fail("cannot create a " + std::to_string(r.size.width) + "x" + std::to_string(r.size.height) +
             " offscreen image (graphics driver)");
        return;
    }
    if (r.story) {
        auto story = std::make_unique<StorySource>(std::move(atlas), look, r);
        m_storyProblems = story->problems();
        if (story->empty()) {
            // The reason in the message itself: the dialog shows only this line.
            std::string why =
                m_storyProblems.empty() ? std::string("the story file has none") : m_storyProblems.front();
            if (m_storyProblems.size() > 1)
                why += " (and " + std::to_string(m_storyProblems.size() - 1) + " more problems)";
            fail("the story has no scenes to export: " + why);
            return;
        }
        m_source = std::move(story);
    } else {
        m_source = std::make_unique<RangeSource>(*atlas, look, r);
    }
    m_ffmpeg = std::make_unique<FfmpegProcess>(ffmpegArguments(r, m_output->path().string()));
    if (!m_ffmpeg->running()) {
        fail(m_ffmpeg->startError());
        m_ffmpeg.reset();
        m_output.reset();
    }
}

VideoExporter::~VideoExporter() {
    if (!m_finished) cancel();
}

int VideoExporter::totalFrames() const {
    return m_source ? std::max(m_source->estimatedFrames(), m_done) : 0;
}

bool VideoExporter::fail(std::string message) {
    if (m_error.empty()) m_error = std::move(message);
    return false;
}

bool VideoExporter::step(double budgetSeconds) {
    if (!m_error.empty() || m_finished || !m_ffmpeg) return false;
    const sf::Clock clock;
    const size_t bytes = static_cast<size_t>(m_request.size.width) * m_request.size.height * 4;
    do {
        if (!m_source->next(m_texture)) return finish();
        m_texture.display();
        const sf::Image image = m_texture.getTexture().copyToImage();
        if (!m_ffmpeg->write(image.getPixelsPtr(), bytes)) {
            // It stopped: its exit status and last message say why (a full disk, a codec missing …).
            const std::string why = m_ffmpeg->finish();
            cancel();
            return fail("cannot write " + m_request.file + ": " +
                        (why.empty() ? std::string("ffmpeg stopped taking frames") : why));
        }
        ++m_done;
    } while (clock.getElapsedTime().asSeconds() < budgetSeconds);
    return true;
}

bool VideoExporter::finish() {
    const std::string why = m_ffmpeg->finish();
    m_ffmpeg.reset();
    if (!why.empty()) {
        m_output.reset(); // removes the partial file
        return fail("cannot write " + m_request.file + ": " + why);
    }
    std::string error;
    const bool moved = m_output->commit(error);
    m_output.reset();
    if (!moved) return fail(error);
    m_finished = true;
    return false;
}

void VideoExporter::cancel() {
    if (m_ffmpeg) m_ffmpeg->kill();
    m_ffmpeg.reset();
    m_output.reset(); // removes the partial file; the old video stays as it was
}

void printProgress(int done, int total) {
    // Redraw only when the bar moves: a log file gets a hundred lines, not one per frame.
    static int lastPercent = -1;
    const int percent = total > 0 ? done * 100 / total : 100;
    if (percent == lastPercent && done != total) return;
    lastPercent = done == total ? -1 : percent;
    constexpr int kWidth = 40;
    const int filled = total > 0 ? std::min(done * kWidth / total, kWidth) : kWidth;
    std::fprintf(stderr, "\r[%s%s] %3d%% %d/%d frames", std::string(static_cast<size_t>(filled), '#').c_str(),
                 std::string(static_cast<size_t>(kWidth - filled), '.').c_str(), std::min(percent, 100), done,
                 total);
    if (done == total) std::fprintf(stderr, "\n");
}

int exportVideo(std::shared_ptr<const Atlas> atlas, const Options& options, const VideoRequest& request,
                const Progress& progress) {
    const InterruptCatcher interrupts;
    VideoExporter exporter(std::move(atlas), options, request);
    // Every problem of the story file, as the window modes log them.
    for (const std::string& problem : exporter.storyProblems())
        std::fprintf(stderr, "tidsatlas: warning: %s\n", problem.c_str());
    int reportedTotal = 0;
    while (exporter.step(0)) { // one frame a step
        reportedTotal = exporter.totalFrames();
        if (progress) progress(exporter.framesDone(), reportedTotal);
        if (g_interrupted) {
            exporter.cancel();
            std::fprintf(stderr,
                         "\ntidsatlas: interrupted; %s was not written (a file already there is "
                         "left as it was)\n",
                         request.file.c_str());
            return 130; // as a shell reports a command ended by Ctrl+C
        }
    }
    if (!exporter.finished() && g_interrupted) { // ffmpeg got the terminal's Ctrl+C first
        exporter.cancel();
        std::fprintf(stderr,
                     "\ntidsatlas: interrupted; %s was not written (a file already there is left as it "
                     "was)\n",
                     request.file.c_str());
        return 130;
    }
    if (!exporter.finished()) {
        std::fprintf(stderr, "\ntidsatlas: %s\n", exporter.error().c_str());
        return 1;
    }
    // A story's length is estimated; close the bar at the frames really written.
    if (progress && reportedTotal != exporter.framesDone())
        progress(exporter.framesDone(), exporter.framesDone());
    std::fprintf(stderr, "tidsatlas: wrote %s (%d frames, %d fps)\n", request.file.c_str(),
                 exporter.framesDone(), request.fps);
    return 0;
}

} // namespace app
