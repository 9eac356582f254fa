#include "export/video_export.hpp"

#include "export/frame_sources.hpp"
#include "platform/antialiasing.hpp"
#include "platform/sample_level.hpp"

#include <SFML/System/Clock.hpp>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <utility>

namespace app {

namespace {

bool haveFfmpeg() { return std::system("command -v ffmpeg >/dev/null 2>&1") == 0; }

// A file name as one shell word, whatever it contains (spaces, quotes, $): it comes from a dialog.
std::string shellQuoted(const std::string& text) {
    std::string quoted = "'";
    for (const char c : text) quoted += c == '\'' ? std::string(R"('\'')") : std::string(1, c);
    return quoted + "'";
}

std::string ffmpegCommand(const VideoRequest& r) {
    const std::string input = "ffmpeg -hide_banner -loglevel error -y -f rawvideo -pix_fmt rgba -s " +
                              std::to_string(r.size.width) + "x" + std::to_string(r.size.height) + " -r " +
                              std::to_string(r.fps) + " -i - ";
    const std::string ext = std::filesystem::path(r.file).extension().string();
    if (ext == ".gif")
        return input + R"(-vf "split[a][b];[a]palettegen=stats_mode=diff[p];[b][p]paletteuse" )" +
               shellQuoted(r.file);
    return input + "-c:v libx264 -preset veryfast -crf 20 -pix_fmt yuv420p -movflags +faststart " +
           shellQuoted(r.file);
}

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
        if (story->empty()) {
            fail("the story has no scenes to export (see the problems reported for story.json)");
            return;
        }
        m_source = std::move(story);
    } else {
        m_source = std::make_unique<RangeSource>(*atlas, look, r);
    }
    m_pipe = popen(ffmpegCommand(r).c_str(), "w");
    if (!m_pipe) fail("cannot start ffmpeg");
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
    if (!m_error.empty() || m_finished || !m_pipe) return false;
    const sf::Clock clock;
    const size_t bytes = static_cast<size_t>(m_request.size.width) * m_request.size.height * 4;
    do {
        if (!m_source->next(m_texture)) return finish();
        m_texture.display();
        const sf::Image image = m_texture.getTexture().copyToImage();
        if (std::fwrite(image.getPixelsPtr(), 1, bytes, m_pipe) != bytes) {
            cancel();
            return fail("ffmpeg stopped taking frames (see its message above)");
        }
        ++m_done;
    } while (clock.getElapsedTime().asSeconds() < budgetSeconds);
    return true;
}

bool VideoExporter::finish() {
    FILE* pipe = std::exchange(m_pipe, nullptr);
    if (pclose(pipe) != 0) return fail("ffmpeg failed to write " + m_request.file);
    m_finished = true;
    return false;
}

void VideoExporter::cancel() {
    if (FILE* pipe = std::exchange(m_pipe, nullptr)) {
        pclose(pipe);
        std::error_code ignored;
        std::filesystem::remove(m_request.file, ignored);
    }
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
    VideoExporter exporter(std::move(atlas), options, request);
    int reportedTotal = 0;
    while (exporter.step(0)) { // one frame a step
        reportedTotal = exporter.totalFrames();
        if (progress) progress(exporter.framesDone(), reportedTotal);
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
