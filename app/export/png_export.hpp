#pragma once
// --export-png and the dialog's PNG: one year as the explorer shows it (without panels), at any size.
#include "content/atlas.hpp"
#include "content/i18n.hpp"
#include "platform/options.hpp"

#include <string>

namespace app {

/// Renders `year` offscreen into a PNG of `options.size`, worded in `strings`' language, in
/// `options.view`. Returns 0, or 1 with a message on stderr (and in `failure`, when given, for the
/// dialog). The picture goes to a temporary file beside the target first: a failed export leaves an
/// earlier file of that name as it was.
int exportPng(const Atlas& atlas, const Strings& strings, const Options& options, int year,
              std::string* failure = nullptr);

} // namespace app
