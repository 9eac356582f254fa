#pragma once
// Reference pictures with a tolerance, as MapLibre's and f3d's render tests have them: a render is
// compared with tests/reference/NAME.png.
//
// The tolerance, in words: a pixel differs when any of its four channels (red, green, blue, alpha)
// differs from the reference by more than kReferenceChannelTolerance (of 255); the picture matches when
// at most kReferenceMaxDifferingPercent % of its pixels differ. The pictures are made with Mesa's
// llvmpipe (LIBGL_ALWAYS_SOFTWARE=1, as ./dev test sets), which gives the same pixels run after run;
// measured, the exports are bit-identical run after run and between the Release and the sanitizer
// (-O1) builds. The tolerance leaves room for a rounding step on a few antialiased edge or glyph pixels
// (another Mesa or FreeType build) and still fails on the smallest change that matters: one changed
// digit of the year is about 1000 pixels, of a small label 60-100, a changed colour or border thousands.
// tests/reference/README.md has the measurements behind the numbers.
//
// - No reference yet: the render is written as the reference and the assertion fails ("look at it and
//   commit it").
// - UPDATE=1 in the environment: the render is written as the reference and the assertion passes
//   (after a deliberate change to the picture; look at the new pictures before committing them).
// - A mismatch: NAME.actual.png and NAME.diff.png (differing pixels red, pixels that differ within the
//   tolerance yellow, the rest the reference faded) are written to the build tree
//   (build/tests/reference-out/) and the failure names them with the numbers.
#include <SFML/Graphics/Image.hpp>
#include <gtest/gtest.h>
#include <string>

namespace fixtures {

/// A channel may differ from the reference by this much (of 255) without the pixel counting as differing.
inline constexpr int kReferenceChannelTolerance = 8;
/// The picture matches when at most this share of its pixels differ, in percent.
inline constexpr double kReferenceMaxDifferingPercent = 0.002;

struct ReferenceTolerance {
    int channel = kReferenceChannelTolerance;
    double maxDifferingPercent = kReferenceMaxDifferingPercent;
};

/// Whether `actual` matches tests/reference/`name`.png within `tolerance` (see above). `name` is a file
/// name without extension, e.g. "export_units_1952_sv".
[[nodiscard]] ::testing::AssertionResult matchesReference(const sf::Image& actual, const std::string& name,
                                                          ReferenceTolerance tolerance = {});

} // namespace fixtures
