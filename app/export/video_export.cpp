#include "video_export.hpp"

#include "map_app.hpp"
#include "map_scene.hpp"
#include "playback.hpp"

#include <SFML/System/Clock.hpp>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <utility>

namespace app {

namespace {

geodata::Playback playbackFor(const Atlas& atlas, const VideoRequest& r) {
    geodata::Playback p(r.fromYear, r.toYear, atlas.dataset.changeYears(), atlas.timeline.eventYears());
    if (r.duration > 0) {
        // Keep the proportions of the app's tempo and stretch all of it to the asked length.
        const double natural = p.fullRunSeconds();
        const double k = natural / r.duration;
        p.tempo.yearsPerSecond *= k;
        p.tempo.transitionSeconds /= k;
        p.tempo.changeHoldSeconds /= k;
        p.tempo.eventHoldSeconds /= k;
    }
    p.setPlaying(true);
    return p;
}

// Playback from one year to another, as the explorer's play button shows it.
class RangeSource : public FrameSource {
  public:
    RangeSource(const Atlas& atlas, const Options& look, const VideoRequest& r)
        : m_strings(loadAppStrings(look.english ? Language::English : Language::Swedish)),
          m_scene(atlas, m_strings), m_playback(playbackFor(atlas, r)), m_total(videoFrameCount(atlas, r)),
          m_fps(r.fps) {
        m_scene.view = parseMapView(look.view);
        m_scene.fitCamera({static_cast<float>(r.size.width), static_cast<float>(r.size.height)});
    }
    bool next(sf::RenderTarget& target) override {
        if (m_frame >= m_total) return false;
        if (m_frame++ > 0) m_playback.advance(1.0 / m_fps);
        m_scene.frame.year = m_playback.year();
        m_scene.smoothYear = m_playback.exactYear();
        m_scene.frame.transition = m_playback.transition();
        m_scene.bodyAppear = static_cast<float>(std::min(1.0, m_playback.secondsAtStop() / 0.8));
        m_scene.draw(target);
        return true;
    }
    [[nodiscard]] int estimatedFrames() const override { return m_total; }

  private:
    Strings m_strings; // before m_scene, which words the map from it
    MapScene m_scene;
    geodata::Playback m_playback;
    int m_total;
    int m_fps;
    int m_frame = 0;
};

// The story's scenes exactly as the presenter shows them: the app itself in presenter mode, with the
// clicker pressed whenever a scene has played and held.
class StorySource : public FrameSource {
  public:
    StorySource(std::shared_ptr<const Atlas> atlas, const Options& look, const VideoRequest& r)
        : m_fps(r.fps) {
        Options options = look;
        options.present = true;
        options.kiosk = false;
        m_app = std::make_unique<MapApp>(std::move(atlas), options, AppConfig{}, std::vector<std::string>{},
                                         sf::Vector2u(r.size.width, r.size.height));
        m_app->update(0); // the first scene is applied before the first frame
        m_estimate = static_cast<int>(std::ceil(storySeconds(m_app->story(), m_app->playback()) * r.fps)) + 1;
    }
    bool next(sf::RenderTarget& target) override {
        if (m_app->story().scenes.empty() || m_ended) return false;
        if (m_frame++ > 0) m_app->update(1.0 / m_fps);
        if (m_app->sceneFinished()) {
            if (m_app->presenter().atLast()) {
                m_ended = true;
                return false;
            }
            m_app->handleSpeakerKey(sf::Keyboard::PageDown);
        }
        m_app->draw(target);
        return true;
    }
    [[nodiscard]] int estimatedFrames() const override { return m_estimate; }
    [[nodiscard]] bool empty() const { return m_app->story().scenes.empty(); }

  private:
    std::unique_ptr<MapApp> m_app;
    int m_fps;
    int m_estimate = 0;
    int m_frame = 0;
    bool m_ended = false;
};

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

int videoFrameCount(const Atlas& atlas, const VideoRequest& request) {
    const geodata::Playback p = playbackFor(atlas, request);
    // One frame at the start, then one per 1/fps until playback has reached the end.
    return static_cast<int>(std::ceil(p.fullRunSeconds() * request.fps - 1e-6)) + 1;
}

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
    if (!m_texture.create(r.size.width, r.size.height)) {
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
