#pragma once
// tidsatlas --check --data DIR [--json]: runs the dataset check (dataset_check.hpp), prints its report on
// stdout, and says on stderr what it is doing when it takes longer than a second.
#include "platform/options.hpp"

namespace app {

/// The exit status: 0 when there are only warnings, 1 on errors.
[[nodiscard]] int runCheck(const Options& options);

} // namespace app
