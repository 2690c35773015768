#include "base/pending_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "base/file_io.h"
#include "tests/support/tool_runner.h"

namespace coopkit {
namespace {

namespace fs = std::filesystem;

class PendingFileTest : public ::testing::Test {
 protected:
  PendingFileTest() { std::ofstream(target_) << "previous"; }

  size_t FilesInFolder() const {
    return static_cast<size_t>(
        std::distance(fs::directory_iterator(dir_), fs::directory_iterator()));
  }
  std::string Read(const std::string& path) const {
    std::string error;
    return ReadFile(path, &error).value_or("<unreadable>");
  }

  coopkit::testing::TempDir temp_;
  const fs::path dir_ = temp_.path();
  const std::string target_ = temp_.File("guide.pdf");
};

TEST_F(PendingFileTest, TheTargetKeepsItsBytesUntilCommit) {
  std::string error;
  std::optional<PendingFile> file = PendingFile::Create(target_, &error);
  ASSERT_TRUE(file) << error;
  EXPECT_EQ(fs::path(file->temporary_path()).parent_path(), dir_);
  std::ofstream(file->temporary_path()) << "new";
  EXPECT_EQ(Read(target_), "previous");
  ASSERT_TRUE(file->Commit(&error)) << error;
  EXPECT_EQ(Read(target_), "new");
  EXPECT_EQ(FilesInFolder(), 1u);
  struct stat status {};
  ASSERT_EQ(stat(target_.c_str(), &status), 0);
  EXPECT_EQ(status.st_mode & 0777, 0644u);
}

TEST_F(PendingFileTest, DroppedWithoutCommitItLeavesNothingBehind) {
  std::string error;
  {
    std::optional<PendingFile> file = PendingFile::Create(target_, &error);
    ASSERT_TRUE(file) << error;
    std::ofstream(file->temporary_path()) << "half a PDF";
    PendingFile moved = std::move(*file);  // the moved-from one owns nothing
    EXPECT_EQ(FilesInFolder(), 2u);
  }
  EXPECT_EQ(FilesInFolder(), 1u);
  EXPECT_EQ(Read(target_), "previous");
}

TEST_F(PendingFileTest, AMissingFolderIsReported) {
  std::string error;
  EXPECT_FALSE(PendingFile::Create((dir_ / "missing" / "guide.pdf").string(), &error));
  EXPECT_NE(error.find("missing"), std::string::npos);
}

TEST_F(PendingFileTest, CommitOntoAFolderFailsAndCleansUp) {
  fs::create_directories(dir_ / "folder.pdf" / "inside");
  std::string error;
  std::optional<PendingFile> file = PendingFile::Create((dir_ / "folder.pdf").string(), &error);
  ASSERT_TRUE(file) << error;
  EXPECT_FALSE(file->Commit(&error));
  EXPECT_NE(error.find("folder.pdf"), std::string::npos);
  EXPECT_EQ(FilesInFolder(), 2u);  // guide.pdf and the folder, no temporary file
}

}  // namespace
}  // namespace coopkit
