// SFML's remarks go to the app's log: its known harmless ones at debug level (dropped unless asked for),
// the rest as warnings naming SFML; nothing of it reaches stderr unstamped.
#include "platform/library_messages.hpp"

#include <SFML/System/Err.hpp>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace fs = std::filesystem;

namespace {

std::string readAll(const fs::path& file) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string logOf(bool debug) {
    const fs::path file = fs::temp_directory_path() / "tidsatlas-tests" / "library-messages.log";
    fs::create_directories(file.parent_path());
    fs::remove(file);
    app::LogSettings settings;
    settings.path = file.string();
    settings.mirrorToStderr = false;
    settings.debug = debug;
    app::Logger log(settings);
    {
        const app::LibraryMessages messages(log);
        sf::err() << "Setting vertical sync not supported" << std::endl;
        sf::err() << "Failed to load font \"x.ttf\" (failed to create the font face)" << std::endl;
        sf::err() << "Requested: version = 1.1 ; AA level = " << 8 << "\nCreated: AA level = 4" << std::endl;
    }
    return readAll(file);
}

} // namespace

TEST(LibraryMessages, HarmlessRemarksAreDebugAndTheRestWarnings) {
    EXPECT_EQ(app::libraryLineLevel("Setting vertical sync not supported"), app::LogLevel::Debug);
    EXPECT_EQ(app::libraryLineLevel("Failed to load image \"x.png\". Reason: Unable to open file"),
              app::LogLevel::Warning);
}

TEST(LibraryMessages, SfmlsLinesGoToTheLogAndTheHarmlessOnesOnlyWhenAskedFor) {
    testing::internal::CaptureStderr();
    const std::string quiet = logOf(false);
    const std::string debug = logOf(true);
    const std::string stderrText = testing::internal::GetCapturedStderr();
    EXPECT_EQ(stderrText, "") << "nothing straight to stderr";

    EXPECT_EQ(quiet.find("vertical sync"), std::string::npos) << quiet;
    EXPECT_NE(quiet.find(" warning: SFML: Failed to load font \"x.ttf\""), std::string::npos) << quiet;
    // One log line per line SFML wrote, pieces of one line joined.
    EXPECT_NE(quiet.find(" warning: SFML: Requested: version = 1.1 ; AA level = 8\n"), std::string::npos)
        << quiet;
    EXPECT_NE(quiet.find(" warning: SFML: Created: AA level = 4\n"), std::string::npos) << quiet;

    EXPECT_NE(debug.find(" debug: SFML: Setting vertical sync not supported\n"), std::string::npos) << debug;
}

TEST(LibraryMessages, TheOldStreamComesBackAfterwards) {
    std::streambuf* before = sf::err().rdbuf();
    {
        app::Logger log(app::LogSettings{});
        const app::LibraryMessages messages(log);
        EXPECT_NE(sf::err().rdbuf(), before);
    }
    EXPECT_EQ(sf::err().rdbuf(), before);
}
