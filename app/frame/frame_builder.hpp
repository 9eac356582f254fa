#pragma once
// Builds the one immutable snapshot a frame is drawn from: playback's moment, the shared choices and the
// mode's additions, worded in the catalogue's chosen language and with the fills of the view. The window,
// every export and the benchmark build frames here, so they show the same map.
#include "content/atlas.hpp"
#include "content/i18n.hpp"
#include "frame/map_choices.hpp"
#include "frame/mode_frame.hpp"
#include "geodata/playback.hpp"
#include "render/scene_snapshot.hpp"

#include <optional>
#include <tuple>
#include <utility>
#include <vector>

namespace app {

class FrameBuilder {
  public:
    /// All must outlive the builder; `strings` may switch language between frames. `colours` gives each
    /// unit's own fill (marks and highlights start from it).
    FrameBuilder(const Atlas& atlas, const Strings& strings, const render::MapRenderer& colours);

    [[nodiscard]] render::SceneSnapshot build(const geodata::Moment& moment, const MapChoices& choices,
                                              const ModeFrame& mode, const FrameLook& look);
    /// The fill each unit is drawn with in `view` at `year`; empty = each unit its palette colour.
    [[nodiscard]] std::vector<render::UnitFill> fills(MapView view, double year) const;

  private:
    [[nodiscard]] const std::optional<render::Caption>& derivedCaption(int year, Audience audience);
    [[nodiscard]] render::OverlayText card(int year, const FrameLook& look);
    [[nodiscard]] render::LegendText legendText() const;
    void applyMarks(std::vector<render::UnitFill>& fills, const ModeFrame& mode) const;

    const Atlas& m_atlas;
    const Strings& m_strings;
    const render::MapRenderer& m_colours;
    // The caption derived for m_captionOf (year, language, audience), kept while they stay: worked out
    // once, not every frame.
    std::optional<std::tuple<int, Language, Audience>> m_captionOf;
    std::optional<render::Caption> m_caption;
    // The year card's words for m_cardOf, likewise.
    std::optional<std::pair<int, Language>> m_cardOf;
    render::OverlayText m_card;
};

/// The boxes a look's bars and panels cover on a screen of `size`.
[[nodiscard]] std::vector<sf::FloatRect> coveredBy(const FrameLook& look, sf::Vector2f size);

} // namespace app
