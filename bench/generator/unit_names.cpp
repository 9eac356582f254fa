#include "unit_names.hpp"

#include <array>
#include <string_view>

namespace generator {

namespace {
constexpr std::array<std::string_view, 18> kOnsets = {"B", "D", "F", "G", "H",  "K",  "L",  "M",  "N",
                                                      "R", "S", "T", "V", "Br", "Gr", "St", "Sk", "Tr"};
constexpr std::array<std::string_view, 9> kVowels = {"a", "e", "i", "o", "u", "y", "å", "ä", "ö"};
constexpr std::array<std::string_view, 8> kMiddles = {"", "l", "r", "n", "s", "rs", "ng", "st"};
constexpr std::array<std::string_view, 14> kEndings = {"by",   "sta", "berg", "vik", "holm", "torp", "åker",
                                                       "lund", "näs", "hult", "ö",   "tuna", "inge", "ryd"};

template <typename Array> std::string_view pick(const Array& items, Random& random) {
    return items[random.below(items.size())];
}
} // namespace

std::string UnitNames::next(Random& random) {
    for (int attempt = 0;; ++attempt) {
        std::string name;
        name += pick(kOnsets, random);
        name += pick(kVowels, random);
        name += pick(kMiddles, random);
        name += pick(kEndings, random);
        // After many clashes (very large datasets) a number keeps names distinct.
        if (attempt >= 8) name.append(" ").append(std::to_string(m_used.size() + 1));
        if (m_used.insert(name).second) return name;
    }
}

} // namespace generator
