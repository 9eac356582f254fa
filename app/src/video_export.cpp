#include "video_export.hpp"

#include "map_scene.hpp"
#include "playback.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>

namespace app {

namespace {

Playback playbackFor(const Atlas& atlas, const VideoRequest& r) {
    Playback p(r.fromYear, r.toYear, atlas.dataset.changeYears(), atlas.timeline.eventYears());
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

bool haveFfmpeg() { return std::system("command -v ffmpeg >/dev/null 2>&1") == 0; }

std::string ffmpegCommand(const VideoRequest& r) {
    const std::string input = "ffmpeg -hide_banner -loglevel error -y -f rawvideo -pix_fmt rgba -s " +
                              std::to_string(r.size.width) + "x" + std::to_string(r.size.height) + " -r " +
                              std::to_string(r.fps) + " -i - ";
    const std::string ext = std::filesystem::path(r.file).extension().string();
    if (ext == ".gif")
        return input + "-vf \"split[a][b];[a]palettegen=stats_mode=diff[p];[b][p]paletteuse\" \"" + r.file +
               "\"";
    return input + "-c:v libx264 -preset veryfast -crf 20 -pix_fmt yuv420p -movflags +faststart \"" + r.file +
           "\"";
}

} // namespace

int videoFrameCount(const Atlas& atlas, const VideoRequest& request) {
    const Playback p = playbackFor(atlas, request);
    // One frame at the start, then one per 1/fps until playback has reached the end.
    return static_cast<int>(std::ceil(p.fullRunSeconds() * request.fps - 1e-6)) + 1;
}

void printProgress(int done, int total) {
    // Redraw only when the bar moves: a log file gets a hundred lines, not one per frame.
    static int lastPercent = -1;
    const int percent = total > 0 ? done * 100 / total : 100;
    if (percent == lastPercent && done != total) return;
    lastPercent = done == total ? -1 : percent;
    constexpr int kWidth = 40;
    const int filled = total > 0 ? done * kWidth / total : kWidth;
    std::fprintf(stderr, "\r[%s%s] %3d%% %d/%d frames", std::string(static_cast<size_t>(filled), '#').c_str(),
                 std::string(static_cast<size_t>(kWidth - filled), '.').c_str(),
                 total > 0 ? done * 100 / total : 100, done, total);
    if (done == total) std::fprintf(stderr, "\n");
}

int exportVideo(const Atlas& atlas, const Options& options, const VideoRequest& r, const Progress& progress) {
    const std::string ext = std::filesystem::path(r.file).extension().string();
    if (ext != ".mp4" && ext != ".gif") {
        std::fprintf(stderr, "tidsatlas: %s: the video file must end in .mp4 or .gif\n", r.file.c_str());
        return 1;
    }
    if (r.fromYear >= r.toYear || r.fps < 1 || r.fps > 120) {
        std::fprintf(stderr, "tidsatlas: --from must be before --to, and --fps between 1 and 120\n");
        return 1;
    }
    if (!haveFfmpeg()) {
        std::fprintf(stderr, "tidsatlas: ffmpeg is not installed; install it with: apt-get install ffmpeg\n");
        return 1;
    }
    sf::RenderTexture texture;
    if (!texture.create(r.size.width, r.size.height)) {
        std::fprintf(stderr, "tidsatlas: cannot create a %ux%u offscreen image\n", r.size.width,
                     r.size.height);
        return 1;
    }
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(ffmpegCommand(r).c_str(), "w"), pclose);
    if (!pipe) {
        std::fprintf(stderr, "tidsatlas: cannot start ffmpeg\n");
        return 1;
    }
    MapScene scene(atlas);
    scene.language = options.english ? Language::English : Language::Swedish;
    scene.view = parseMapView(options.view);
    scene.fitCamera({static_cast<float>(r.size.width), static_cast<float>(r.size.height)});
    Playback playback = playbackFor(atlas, r);
    const int total = videoFrameCount(atlas, r);
    for (int frame = 0; frame < total; ++frame) {
        if (frame > 0) playback.advance(1.0 / r.fps);
        scene.frame.year = playback.year();
        scene.smoothYear = playback.exactYear();
        scene.frame.transition = playback.transition();
        scene.bodyAppear = static_cast<float>(std::min(1.0, playback.secondsAtStop() / 0.8));
        scene.draw(texture);
        texture.display();
        const sf::Image image = texture.getTexture().copyToImage();
        const size_t bytes = static_cast<size_t>(r.size.width) * r.size.height * 4;
        if (std::fwrite(image.getPixelsPtr(), 1, bytes, pipe.get()) != bytes) {
            std::fprintf(stderr, "\ntidsatlas: ffmpeg stopped taking frames (see its message above)\n");
            return 1;
        }
        if (progress) progress(frame + 1, total);
    }
    if (pclose(pipe.release()) != 0) {
        std::fprintf(stderr, "tidsatlas: ffmpeg failed to write %s\n", r.file.c_str());
        return 1;
    }
    std::fprintf(stderr, "tidsatlas: wrote %s (%d frames, %d fps)\n", r.file.c_str(), total, r.fps);
    return 0;
}

} // namespace app
