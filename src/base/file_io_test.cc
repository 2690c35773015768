#include "base/file_io.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>

namespace coopkit {
namespace {

namespace fs = std::filesystem;

class FileIoTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("coopkit-file-io-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(FileIoTest, WritesAtomicallyAndLeavesNoTemporaryFile) {
  std::string path = (dir_ / "out.pdf").string();
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(path, "first", &error)) << error;
  ASSERT_TRUE(WriteFileAtomically(path, "second", &error)) << error;
  EXPECT_EQ(ReadFile(path, &error).value_or(""), "second");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

TEST_F(FileIoTest, FailedWriteLeavesTheOldFileUntouched) {
  std::string error;
  EXPECT_FALSE(WriteFileAtomically((dir_ / "missing" / "out.pdf").string(), "x", &error));
  EXPECT_FALSE(error.empty());
}

TEST_F(FileIoTest, RefusesWhatIsNotARegularFileWithoutWaitingOnIt) {
  const std::string pipe = (dir_ / "pipe.md").string();
  ASSERT_EQ(mkfifo(pipe.c_str(), 0644), 0);
  std::string error;
  EXPECT_FALSE(ReadFile(pipe, &error).has_value());
  EXPECT_EQ(error, "it is not a regular file but a named pipe");
  EXPECT_FALSE(ReadFile(dir_.string(), &error).has_value());
  EXPECT_EQ(error, "it is not a regular file but a folder");
  EXPECT_FALSE(ReadFile("/dev/zero", &error).has_value());
  EXPECT_EQ(error, "it is not a regular file but a device");
}

TEST_F(FileIoTest, AnAtomicWriteReplacesOnlyAFile) {
  const std::string pipe = (dir_ / "report.json").string();
  ASSERT_EQ(mkfifo(pipe.c_str(), 0644), 0);
  fs::create_directories(dir_ / "folder.json");
  std::string error;
  EXPECT_FALSE(WriteFileAtomically(pipe, "{}", &error));
  EXPECT_EQ(error, "cannot replace " + pipe + ": it is not a regular file but a named pipe");
  EXPECT_TRUE(fs::is_fifo(pipe));
  EXPECT_FALSE(WriteFileAtomically((dir_ / "folder.json").string(), "{}", &error));
  EXPECT_NE(error.find("it is not a regular file but a folder"), std::string::npos) << error;
  EXPECT_TRUE(fs::is_directory(dir_ / "folder.json"));
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 2)
      << "no temporary file is left";
  // A link is replaced, not what it leads to.
  fs::create_symlink(pipe, dir_ / "link.json");
  EXPECT_TRUE(WriteFileAtomically((dir_ / "link.json").string(), "{}", &error)) << error;
  EXPECT_TRUE(fs::is_fifo(pipe));
}

TEST_F(FileIoTest, ReadingAMissingFileReportsWhy) {
  std::string error;
  EXPECT_FALSE(ReadFile((dir_ / "nope").string(), &error).has_value());
  EXPECT_NE(error.find("No such file"), std::string::npos);
}

}  // namespace
}  // namespace coopkit
