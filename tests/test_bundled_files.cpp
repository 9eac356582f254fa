// Where the bundled data is found (content/bundled_files.hpp): beside an installed executable
// (<prefix>/bin → <prefix>/share/tidsatlas/data), in the working directory's data/ first (a source
// checkout, as before there was a package), and in the source tree for a binary in its build folder.
#include "content/bundled_files.hpp"
#include "fixture_writer.hpp"

#include <filesystem>
#include <gtest/gtest.h>

namespace fs = std::filesystem;

namespace {

// Runs a test in another working directory and goes back afterwards, whatever the test does.
class WorkingDirectory {
  public:
    explicit WorkingDirectory(const fs::path& folder) : m_previous(fs::current_path()) {
        fs::current_path(folder);
    }
    ~WorkingDirectory() { fs::current_path(m_previous); }
    WorkingDirectory(const WorkingDirectory&) = delete;
    WorkingDirectory& operator=(const WorkingDirectory&) = delete;

  private:
    fs::path m_previous;
};

} // namespace

TEST(BundledFiles, TheInstalledDataIsBesideTheBinFolder) {
    EXPECT_EQ(app::installedDataRoot("/usr/bin/tidsatlas"), fs::path("/usr/share/tidsatlas/data"));
    EXPECT_EQ(app::installedDataRoot("/opt/tidsatlas/bin/tidsatlas"),
              fs::path("/opt/tidsatlas/share/tidsatlas/data"));
    EXPECT_EQ(app::installedDataRoot("/usr/local/bin/../bin/tidsatlas"),
              fs::path("/usr/local/share/tidsatlas/data"));
}

TEST(BundledFiles, AnInstalledBinaryFindsItsDataWhereverThePrefixIs) {
    const fs::path root = fixtures::freshFolder();
    const fs::path prefix = root / "somewhere/usr";
    fs::create_directories(prefix / "bin");
    fs::create_directories(prefix / "share/tidsatlas/data/sodertorn");
    fs::create_directories(root / "elsewhere");
    const WorkingDirectory cwd(root / "elsewhere"); // no data/ here

    const auto found = app::findBundledDir("sodertorn", prefix / "bin/tidsatlas", root / "no-source-tree");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(*found, prefix / "share/tidsatlas/data/sodertorn");
    // i18n is not installed in this prefix: nothing else to fall back on.
    EXPECT_FALSE(app::findBundledDir("i18n", prefix / "bin/tidsatlas", root / "no-source-tree").has_value());
}

TEST(BundledFiles, TheWorkingDirectorysDataComesFirst) {
    const fs::path root = fixtures::freshFolder();
    fs::create_directories(root / "usr/bin");
    fs::create_directories(root / "usr/share/tidsatlas/data/sodertorn");
    fs::create_directories(root / "checkout/data/sodertorn");
    const WorkingDirectory cwd(root / "checkout");

    const auto found = app::findBundledDir("sodertorn", root / "usr/bin/tidsatlas", root / "source");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(*found, fs::path("data/sodertorn"));
}

TEST(BundledFiles, ABinaryInItsBuildFolderFallsBackToTheSourceTree) {
    const fs::path root = fixtures::freshFolder();
    fs::create_directories(root / "source/build/app");
    fs::create_directories(root / "source/data/i18n");
    const WorkingDirectory cwd(root / "source/build");

    const auto found = app::findBundledDir("i18n", root / "source/build/app/tidsatlas", root / "source");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(*found, root / "source/data/i18n");
    EXPECT_FALSE(app::findBundledDir("i18n", root / "source/build/app/tidsatlas", "").has_value());
}

TEST(BundledFiles, NothingFoundNamesTheFolderTheUserExpects) {
    const fs::path root = fixtures::freshFolder();
    const WorkingDirectory cwd(root);
    EXPECT_EQ(app::bundledDir("no-such-dataset"), "data/no-such-dataset");
}

TEST(BundledFiles, TheRunningExecutableIsThisTestProgram) {
    const fs::path exe = app::runningExecutable();
    EXPECT_TRUE(fs::is_regular_file(exe)) << exe;
    EXPECT_EQ(exe.filename(), "tidsatlas_unit_tests");
}
