#include "export/export_job.hpp"

#include "export/png_export.hpp"

#include <filesystem>
#include <utility>

namespace app {

Options exportLook(Options options, Language language, MapView view) {
    options.english = language == Language::English;
    options.view = mapViewName(view);
    return options;
}

void ExportJob::panel(const std::shared_ptr<const Atlas>& atlas, const Strings& strings, const Options& look,
                      int firstYear, int lastYear, int year, const std::string& storyFile) {
    const ExportAction action = exportDialog(m_dialog, m_export.get(), firstYear, lastYear, year, strings);
    if (action.cancel) cancel(strings);
    if (action.savePng) {
        Options png = look;
        png.exportPng = *action.savePng;
        png.size = exportSizes()[static_cast<size_t>(m_dialog.sizeIndex)];
        m_png = PngRequest{png, year};
    }
    if (action.startVideo) {
        VideoRequest request = *action.startVideo;
        request.storyFile = storyFile;
        start(atlas, look, request, strings);
    }
}

void ExportJob::start(const std::shared_ptr<const Atlas>& atlas, const Options& look,
                      const VideoRequest& request, const Strings& strings) {
    m_export = std::make_unique<VideoExporter>(atlas, look, request);
    if (m_export->error().empty()) return;
    m_dialog.message = strings.format("export.failed", {m_export->error()});
    m_dialog.messageIsError = true;
    m_export.reset();
}

void ExportJob::cancel(const Strings& strings) {
    if (!m_export) return;
    m_export->cancel();
    m_export.reset();
    m_dialog.message = strings.get("export.cancelled");
    m_dialog.messageIsError = false;
}

void ExportJob::savePng(const Atlas& atlas, const Strings& strings, const PngRequest& png) {
    std::string failure;
    const bool ok = exportPng(atlas, strings, png.look, png.year, &failure) == 0;
    m_dialog.messageIsError = !ok;
    m_dialog.message =
        ok ? strings.format("export.done", {std::filesystem::absolute(png.look.exportPng).string()})
           : strings.format("export.failed", {failure});
}

void ExportJob::step(const Atlas& atlas, const Strings& strings) {
    if (const auto png = std::exchange(m_png, std::nullopt)) savePng(atlas, strings, *png);
    if (!m_export) return;
    constexpr double kBudgetSeconds = 0.05;
    if (m_export->step(kBudgetSeconds)) return;
    const bool ok = m_export->finished();
    m_dialog.messageIsError = !ok;
    m_dialog.message =
        ok ? strings.format("export.done", {std::filesystem::absolute(m_export->request().file).string()})
           : strings.format("export.failed", {m_export->error()});
    m_export.reset();
}

} // namespace app
