#pragma once
// The in-app export dialog: a PNG of the year showing, a video of a range of years, or the story's
// scenes as a video, with a progress bar and Cancel while a video renders. The dialog only edits its
// state and reports what to start or stop; ExportJob owns the export itself.
#include "content/i18n.hpp"
#include "export/video_export.hpp"

#include <array>
#include <optional>
#include <string>

namespace app {

enum class ExportKind { Mp4, Gif, Png };

struct ExportDialogState {
    bool open = false;
    std::array<char, 512> file{};
    ExportKind kind = ExportKind::Mp4;
    bool story = false; // the story's scenes instead of fromYear–toYear
    int fromYear = 0;
    int toYear = 0;
    int sizeIndex = 0; // into exportSizes()
    int fps = 30;
    std::string message; // the last result, for the user: "Klart: …" or why it failed
    bool messageIsError = false;
};

/// The output sizes offered: full HD for a projector, HD for slides, a small one for the web.
[[nodiscard]] const std::array<Size, 3>& exportSizes();

/// What the user asked for this frame.
struct ExportAction {
    std::optional<VideoRequest> startVideo;
    std::optional<std::string> savePng; // a file name; the year showing, at the chosen size
    bool cancel = false;
};

/// Draws the dialog when open. `running` is the export under way, if any (its progress is shown and
/// the settings are locked). `yearShowing` is what a PNG exports.
[[nodiscard]] ExportAction exportDialog(ExportDialogState& state, const VideoExporter* running, int firstYear,
                                        int lastYear, int yearShowing, const Strings& text);

} // namespace app
