#pragma once
// Made-up place names in a Swedish style ("Bravik", "Sölunda"), distinct within one dataset,
// so that labels in the synthetic maps are as long as real ones.
#include "random.hpp"

#include <set>
#include <string>

namespace generator {

class UnitNames {
  public:
    [[nodiscard]] std::string next(Random& random);

  private:
    std::set<std::string> m_used;
};

} // namespace generator
