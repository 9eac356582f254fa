#pragma once
// --export-png and the dialog's PNG: one year as the explorer shows it (without panels), at any size.
#include "content/atlas.hpp"
#include "content/i18n.hpp"
#include "platform/options.hpp"

namespace app {

/// Renders `year` offscreen into a PNG of `options.size`, worded in `strings`' language, in
/// `options.view`. Returns 0, or 1 with a message on stderr.
int exportPng(const Atlas& atlas, const Strings& strings, const Options& options, int year);

} // namespace app
