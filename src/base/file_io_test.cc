#include "base/file_io.h"

#include <gtest/gtest.h>

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

TEST_F(FileIoTest, ReadingAMissingFileReportsWhy) {
  std::string error;
  EXPECT_FALSE(ReadFile((dir_ / "nope").string(), &error).has_value());
  EXPECT_NE(error.find("No such file"), std::string::npos);
}

}  // namespace
}  // namespace coopkit
