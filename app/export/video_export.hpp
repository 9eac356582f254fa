#pragma once
// Renders playback (or the story's scenes) frame by frame offscreen, with the same scene code and the
// same timing as the screen, and pipes the frames to ffmpeg: what the video shows is what the app shows.
// A VideoExporter works in steps, so the command line runs it to the end with a progress bar and the
// app runs a few frames per screen frame behind a progress dialog that can cancel.
#include "content/atlas.hpp"
#include "export/ffmpeg_process.hpp"
#include "platform/options.hpp"
#include "platform/temporary_file.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace app {

struct VideoRequest {
    std::string file; // .mp4 or .gif
    int fromYear = 0;
    int toYear = 0;
    int fps = 30;
    Size size{1920, 1080};
    double duration = 0;   // seconds; 0 = the app's own playback tempo
    bool story = false;    // the story's scenes as the presenter shows them, instead of fromYear–toYear
    std::string storyFile; // with story: the config's storyFile; empty = the dataset's story.json
};

/// The number of frames a year-range request produces (for progress and tests).
[[nodiscard]] int videoFrameCount(const Atlas& atlas, const VideoRequest& request);

class FrameSource; // export/frame_sources.hpp

class VideoExporter {
  public:
    /// Checks the request and the destination folder, prepares the frames and starts ffmpeg writing to a
    /// temporary file beside the target; error() says why it could not.
    VideoExporter(std::shared_ptr<const Atlas> atlas, const Options& look, VideoRequest request);
    ~VideoExporter(); // an unfinished export is cancelled
    VideoExporter(const VideoExporter&) = delete;
    VideoExporter& operator=(const VideoExporter&) = delete;

    /// Renders and writes frames for about `budgetSeconds` (at least one frame). Returns true while
    /// there is more to do; false once finished (the file is complete and in place) or failed (see
    /// error(): ffmpeg's own words when it stopped; the old file, if any, is left as it was).
    bool step(double budgetSeconds);
    /// Stops ffmpeg and removes the partial file; the old file, if any, is left as it was.
    void cancel();

    [[nodiscard]] const std::string& error() const { return m_error; }
    /// The story file's problems, one line each (a story video still runs on the scenes that were good).
    [[nodiscard]] const std::vector<std::string>& storyProblems() const { return m_storyProblems; }
    [[nodiscard]] bool finished() const { return m_finished; }
    [[nodiscard]] int framesDone() const { return m_done; }
    /// Never below framesDone(): a story's estimate grows if it ran longer.
    [[nodiscard]] int totalFrames() const;
    [[nodiscard]] const VideoRequest& request() const { return m_request; }

  private:
    bool fail(std::string message);
    bool finish();

    VideoRequest m_request;
    std::string m_error;
    std::vector<std::string> m_storyProblems;
    sf::RenderTexture m_texture;
    std::unique_ptr<FrameSource> m_source;
    std::optional<TemporaryFile> m_output;   // where ffmpeg writes until the video is complete
    std::unique_ptr<FfmpegProcess> m_ffmpeg; // null when not running
    int m_done = 0;
    bool m_finished = false;
};

/// Called after each frame with (done, total).
using Progress = std::function<void(int, int)>;

/// Writes the video from start to end; returns 0, or 1 with a one-line reason on stderr (ffmpeg missing,
/// a folder that does not exist, ffmpeg's own message when it failed …). Ctrl+C (SIGINT) or SIGTERM
/// stops it cleanly: the partial file is removed, the old file stays, and the status is 130.
int exportVideo(std::shared_ptr<const Atlas> atlas, const Options& options, const VideoRequest& request,
                const Progress& progress);

/// A progress bar on the terminal: "[#####.....] 52% 312/600 frames".
void printProgress(int done, int total);

} // namespace app
