#include "render/fonts.hpp"

#include <SFML/System/Err.hpp>
#include <cstdio>
#include <filesystem>

namespace render {

bool loadFont(sf::Font& font, const std::string& path) {
    if (!std::filesystem::exists(path)) {
        std::fprintf(stderr,
                     "tidsatlas: font %s not found (install fonts-dejavu-core); names are not drawn\n",
                     path.c_str());
        return false;
    }
    return font.loadFromFile(path);
}

} // namespace render
