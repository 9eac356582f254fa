#pragma once
// The in-app export (Ctrl+E): the dialog's state and the video being written, a few frames per screen
// frame, so the app stays responsive and shows progress. The shell owns one, so an export goes on
// whichever mode is in charge.
#include "content/atlas.hpp"
#include "content/i18n.hpp"
#include "content/map_view.hpp"
#include "export/export_dialog.hpp"
#include "export/video_export.hpp"

#include <memory>
#include <optional>

namespace app {

/// An export shows the map as the user sees it: the command line's settings in the language and view on
/// screen.
[[nodiscard]] Options exportLook(Options options, Language language, MapView view);

class ExportJob {
  public:
    /// Draws the dialog when open and acts on it: a video started or cancelled, a PNG of `year` noted for
    /// the next step (it renders into a target of its own, so not in the middle of the panels' frame).
    /// `look` is the export's language and view (the user's); `storyFile` the config's, so a story video
    /// shows the story the presenter shows.
    void panel(const std::shared_ptr<const Atlas>& atlas, const Strings& strings, const Options& look,
               int firstYear, int lastYear, int year, const std::string& storyFile = {});
    void open() { m_dialog.open = true; }
    /// Starts a video in the background; its outcome shows in the dialog.
    void start(const std::shared_ptr<const Atlas>& atlas, const Options& look, const VideoRequest& request,
               const Strings& strings);
    /// Stops the video under way and removes its unfinished file.
    void cancel(const Strings& strings);
    /// Frame time: writes the PNG asked for, and a video's frames for a slice of the frame's time.
    void step(const Atlas& atlas, const Strings& strings);

    [[nodiscard]] const ExportDialogState& dialog() const { return m_dialog; }
    [[nodiscard]] const VideoExporter* running() const { return m_export.get(); }

  private:
    struct PngRequest {
        Options look; // with the file and size
        int year;
    };
    void savePng(const Atlas& atlas, const Strings& strings, const PngRequest& png);

    ExportDialogState m_dialog;
    std::optional<PngRequest> m_png;
    std::unique_ptr<VideoExporter> m_export;
};

} // namespace app
