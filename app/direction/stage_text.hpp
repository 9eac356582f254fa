#pragma once
// How large the presenter's text is: sized for a 1080-line picture and following the picture's height, so
// a smaller window or a 540-line story video shows the same layout, not a map buried under text.
#include <algorithm>

namespace app {

/// A presenter's text is this much larger than the configured textScale when no config file says
/// otherwise: read from the back of a hall.
inline constexpr float kProjectorTextScale = 1.5F;

/// `base`: kProjectorTextScale, or a config file's textScale; `height`: the picture's lines.
[[nodiscard]] inline float projectorTextScale(float base, unsigned height) {
    return base * std::clamp(static_cast<float>(height) / 1080.0F, 0.4F, 2.0F);
}

} // namespace app
