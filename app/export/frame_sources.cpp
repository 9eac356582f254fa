#include "export/frame_sources.hpp"

#include "direction/stage_text.hpp"
#include "platform/app_config.hpp"

#include <cmath>

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

Strings stringsFor(const Options& look) {
    return loadAppStrings(look.english ? Language::English : Language::Swedish);
}

sf::Vector2f sizeOf(const VideoRequest& r) {
    return {static_cast<float>(r.size.width), static_cast<float>(r.size.height)};
}

} // namespace

int videoFrameCount(const Atlas& atlas, const VideoRequest& request) {
    const geodata::Playback p = playbackFor(atlas, request);
    // One frame at the start, then one per 1/fps until playback has reached the end.
    return static_cast<int>(std::ceil(p.fullRunSeconds() * request.fps - 1e-6)) + 1;
}

RangeSource::RangeSource(const Atlas& atlas, const Options& look, const VideoRequest& r)
    : m_strings(stringsFor(look)), m_scene(atlas.dataset, atlas.timeline, atlas.population),
      m_frames(atlas, m_strings, m_scene.map()), m_playback(playbackFor(atlas, r)),
      m_total(videoFrameCount(atlas, r)), m_fps(r.fps) {
    m_choices.view = parseMapView(look.view);
    m_choices.camera.setViewport(sizeOf(r));
    m_choices.camera = m_scene.fit(m_choices.camera, atlas.dataset.frame, sizeOf(r),
                                   m_frames.build(m_playback.moment(), m_choices, {}, {}));
}

bool RangeSource::next(sf::RenderTarget& target) {
    if (m_frame >= m_total) return false;
    if (m_frame++ > 0) m_playback.advance(1.0 / m_fps);
    m_scene.draw(target, m_frames.build(m_playback.moment(), m_choices, {}, {}));
    return true;
}

namespace {

// The story the presenter would show: the config's storyFile, or the dataset's story.json; its problems
// are kept for the exporter to report.
Story loadStoryFor(const std::string& storyFile, const std::string& dataDir, const Atlas& atlas,
                   std::vector<std::string>& problems) {
    AppConfig config;
    config.storyFile = storyFile;
    StoryLoad load = loadFolderStory(config, dataDir, atlas);
    for (const StoryIssue& issue : load.issues) problems.push_back(issue.toString());
    return std::move(load.story);
}

} // namespace

StorySource::StorySource(std::shared_ptr<const Atlas> atlas, const Options& look, const VideoRequest& r)
    : m_atlas(std::move(atlas)), m_strings(stringsFor(look)),
      m_story(loadStoryFor(r.storyFile, look.dataDir, *m_atlas, m_problems)),
      m_scene(m_atlas->dataset, m_atlas->timeline, m_atlas->population),
      m_frames(*m_atlas, m_strings, m_scene.map()),
      m_playback(m_atlas->dataset.firstYear(), m_atlas->dataset.lastYear(), m_atlas->dataset.changeYears(),
                 m_atlas->timeline.eventYears()),
      m_director(m_story, m_atlas->dataset), m_stage{m_playback, m_glide, m_choices, {}},
      m_look{projectorTextScale(kProjectorTextScale, r.size.width, r.size.height), 0.0F, 0.0F, {}},
      m_fps(r.fps) {
    const geodata::Bounds& bounds = m_atlas->dataset.frame;
    m_stage.cameraFor = [this, r](const geodata::Bounds& b) {
        m_choices.camera.setViewport(sizeOf(r));
        return m_scene.fit(m_choices.camera, b, sizeOf(r),
                           m_frames.build(m_playback.moment(), m_choices, {}, m_look));
    };
    m_playback.seek(look.year.value_or(m_atlas->dataset.firstYear()));
    m_choices.view = parseMapView(look.view);
    m_choices.camera = m_stage.cameraFor(bounds);
    if (!m_director.empty()) m_cue = 0; // the presenter opens on the first scene
    advance(0);
    m_estimate = static_cast<int>(std::ceil(storySeconds(m_story, m_playback) * r.fps)) + 1;
}

// The presenter's frame: playback moves, a scene on cue is shown (gliding there), the scene plays, the
// camera glides.
void StorySource::advance(double dt) {
    m_playback.advance(dt);
    if (m_cue) m_director.show(*std::exchange(m_cue, std::nullopt), true, m_stage);
    m_director.advance(dt, m_playback);
    m_glide.advance(dt, m_choices.camera);
}

bool StorySource::next(sf::RenderTarget& target) {
    if (m_director.empty() || m_ended) return false;
    if (m_frame++ > 0) advance(1.0 / m_fps);
    if (m_director.finished()) {
        if (m_director.scene() + 1 >= m_director.sceneCount()) {
            m_ended = true;
            return false;
        }
        m_cue = m_director.scene() + 1; // shown from the next frame on, as a click is
    }
    ModeFrame frame;
    m_director.look(frame, m_strings.language());
    m_scene.draw(target, m_frames.build(m_playback.moment(), m_choices, frame, m_look));
    return true;
}

} // namespace app
