// `--export-png` said only "cannot write X" when SFML's saveToFile failed; whyImageNotWritten says why.
#include "export/write_failure.hpp"
#include "fixture_writer.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

namespace fs = std::filesystem;

TEST(WriteFailure, SaysWhyAnImageCannotBeWritten) {
    EXPECT_EQ(app::whyImageNotWritten("/nonexistent/tidsatlas/x.png"),
              "the folder /nonexistent/tidsatlas does not exist");
    EXPECT_EQ(app::whyImageNotWritten("/dev/null/x.png"), "/dev/null is not a folder");
    const fs::path folder = fixtures::freshFolder();
    fs::create_directory(folder / "map.png");
    EXPECT_EQ(app::whyImageNotWritten((folder / "map.png").string()),
              "it is a folder; give a file name, for example " + (folder / "map.png" / "map.png").string());
    EXPECT_EQ(app::whyImageNotWritten((folder / "map.txt").string()),
              "the name must end in .png (or .jpg, .bmp, .tga) to say the image format");
    EXPECT_EQ(app::whyImageNotWritten((folder / "MAP.PNG").string()), "the image encoder failed");
    EXPECT_FALSE(fs::exists(folder / "MAP.PNG")) << "asking must not leave a file behind";
    std::ofstream(folder / "kept.png") << "old";
    EXPECT_EQ(app::whyImageNotWritten((folder / "kept.png").string()), "the image encoder failed");
    EXPECT_EQ(fs::file_size(folder / "kept.png"), 3U) << "asking must not change an existing file";
}
