#pragma once
// How large the presenter's text is: sized for a 1080-line picture and following the picture's shorter side,
// so a smaller window or a 540-line story video shows the same layout, not a map buried under text, and a
// portrait screen (1080×1920) gets the text of a 1080-line landscape one, not text 1.8 times too wide for it.
#include <algorithm>

namespace app {

/// A presenter's text is this much larger than the configured textScale when no config file says
/// otherwise: read from the back of a hall.
inline constexpr float kProjectorTextScale = 1.5F;

/// `base`: kProjectorTextScale, or a config file's textScale; `width` × `height`: the picture's pixels.
[[nodiscard]] inline float projectorTextScale(float base, unsigned width, unsigned height) {
    return base * std::clamp(static_cast<float>(std::min(width, height)) / 1080.0F, 0.4F, 2.0F);
}

/// The smallest text a projector's audience reads from the back of the room: 1/45 of the picture's shorter
/// side, what the presenter's names on the map come to up to 1080 lines (24 px there, 16 px at 720). The
/// teaching panels and the family tree are at least this large.
[[nodiscard]] inline float projectorMinimumTextPixels(unsigned width, unsigned height) {
    return static_cast<float>(std::min(width, height)) / 45.0F;
}

} // namespace app
