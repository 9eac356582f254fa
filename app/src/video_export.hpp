#pragma once
// Renders playback frame by frame offscreen, with the same scene and the same timing as the
// screen, and pipes the frames to ffmpeg: what the video shows is exactly what the app shows.
#include "atlas.hpp"
#include "options.hpp"

#include <functional>
#include <string>

namespace app {

struct VideoRequest {
    std::string file; // .mp4 or .gif
    int fromYear = 0;
    int toYear = 0;
    int fps = 30;
    Size size{1920, 1080};
    double duration = 0; // seconds; 0 = the app's own playback tempo
};

/// The number of frames a request produces (for progress and tests).
[[nodiscard]] int videoFrameCount(const Atlas& atlas, const VideoRequest& request);

/// Called after each frame with (done, total).
using Progress = std::function<void(int, int)>;

/// Writes the video; returns 0, or 1 with a one-line reason on stderr (ffmpeg missing, bad file name …).
int exportVideo(const Atlas& atlas, const Options& options, const VideoRequest& request,
                const Progress& progress);

/// A progress bar on the terminal: "[#####.....] 52% 312/600 frames".
void printProgress(int done, int total);

} // namespace app
