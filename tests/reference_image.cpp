#include "reference_image.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <sstream>

namespace fs = std::filesystem;

namespace fixtures {
namespace {

bool updateRequested() {
    const char* update = std::getenv("UPDATE");
    return update && *update && std::strcmp(update, "0") != 0;
}

std::string sizeText(const sf::Vector2u& size) {
    return std::to_string(size.x) + "x" + std::to_string(size.y);
}

::testing::AssertionResult writeReference(const sf::Image& actual, const fs::path& reference, bool asked) {
    std::error_code ignored;
    fs::create_directories(reference.parent_path(), ignored);
    if (!actual.saveToFile(reference.string()))
        return ::testing::AssertionFailure() << "cannot write the reference " << reference;
    if (asked)
        return ::testing::AssertionSuccess()
               << "UPDATE=1: wrote the reference " << reference << " (" << sizeText(actual.getSize()) << ")";
    return ::testing::AssertionFailure()
           << "no reference picture " << reference << " yet: wrote it from this run ("
           << sizeText(actual.getSize()) << "); look at it, and commit it if it is right";
}

int channelDelta(sf::Color a, sf::Color b) {
    return std::max({std::abs(a.r - b.r), std::abs(a.g - b.g), std::abs(a.b - b.b), std::abs(a.a - b.a)});
}

} // namespace

::testing::AssertionResult matchesReference(const sf::Image& actual, const std::string& name,
                                            ReferenceTolerance tolerance) {
    const fs::path reference = fs::path(TIDSATLAS_REFERENCE_DIR) / (name + ".png");
    const fs::path outDir = TIDSATLAS_REFERENCE_OUT_DIR;
    const fs::path actualOut = outDir / (name + ".actual.png");
    const fs::path diffOut = outDir / (name + ".diff.png");
    std::error_code ignored;
    // Leftovers of an earlier failure would name a problem that is gone.
    fs::remove(actualOut, ignored);
    fs::remove(diffOut, ignored);

    if (updateRequested()) return writeReference(actual, reference, true);
    if (!fs::exists(reference)) return writeReference(actual, reference, false);

    sf::Image expected;
    if (!expected.loadFromFile(reference.string()))
        return ::testing::AssertionFailure() << "cannot read the reference " << reference;
    fs::create_directories(outDir, ignored);
    const sf::Vector2u size = expected.getSize();
    if (actual.getSize() != size) {
        actual.saveToFile(actualOut.string());
        return ::testing::AssertionFailure()
               << name << ": the render is " << sizeText(actual.getSize()) << ", the reference " << reference
               << " is " << sizeText(size) << "; the render is in " << actualOut;
    }

    sf::Image diff;
    diff.create(size.x, size.y);
    size_t differing = 0;
    size_t touched = 0; // differ at all, within the tolerance or not
    int largest = 0;
    for (unsigned y = 0; y < size.y; ++y) {
        for (unsigned x = 0; x < size.x; ++x) {
            const sf::Color want = expected.getPixel(x, y);
            const int delta = channelDelta(actual.getPixel(x, y), want);
            largest = std::max(largest, delta);
            if (delta > tolerance.channel) {
                ++differing;
                diff.setPixel(x, y, sf::Color(255, 0, 0));
            } else if (delta > 0) {
                ++touched;
                diff.setPixel(x, y, sf::Color(255, 220, 0));
            } else {
                const auto grey = static_cast<sf::Uint8>(192 + (want.r + want.g + want.b) / 12);
                diff.setPixel(x, y, sf::Color(grey, grey, grey));
            }
        }
    }
    touched += differing;
    const double total = static_cast<double>(size.x) * size.y;
    const double percent = 100.0 * static_cast<double>(differing) / total;
    std::ostringstream numbers;
    numbers << differing << " of " << static_cast<size_t>(total) << " pixels (" << percent
            << " %) differ by more than " << tolerance.channel
            << " in a channel (allowed: " << tolerance.maxDifferingPercent << " %); " << touched
            << " differ at all, by at most " << largest;
    if (percent <= tolerance.maxDifferingPercent)
        return ::testing::AssertionSuccess() << name << ": " << numbers.str();

    actual.saveToFile(actualOut.string());
    diff.saveToFile(diffOut.string());
    return ::testing::AssertionFailure()
           << name << " does not match " << reference << ": " << numbers.str()
           << ". This render: " << actualOut << ", the differences (red): " << diffOut
           << ". If the change is meant, UPDATE=1 rewrites the reference.";
}

} // namespace fixtures
