#pragma once
// What the speaker window shows: filled by the presenting mode, drawn by speaker_view.
#include <optional>
#include <string>

namespace app {

struct SpeakerInfo {
    // False once the presentation has been left (Esc): the speaker window says so and keeps painting,
    // rather than freezing on the last scene.
    bool presenting = true;
    int scene = 0; // 0-based
    int sceneCount = 0;
    std::string caption;
    std::string notes;
    std::optional<std::string> nextCaption; // none on the last scene
    double elapsedSeconds = 0;
    bool blanked = false;
    int year = 0;
};

} // namespace app
