#pragma once
// Who reads a text: what a caption or panel shows depends on it.

namespace app {

/// A visitor at the kiosk reads what a visitor needs: names, years, figures, what happened and what a body
/// does. Explore, teaching and the presenter's audience also get the scholarly level: unit codes, notes on
/// the sources (where they disagree, what only the boundary data shows) and source lines.
enum class Audience { Visitor, Scholar };

} // namespace app
