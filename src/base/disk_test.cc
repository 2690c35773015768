#include "base/disk.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "base/file_io.h"
#include "tests/support/tool_runner.h"

namespace coopkit {
namespace {

namespace fs = std::filesystem;

TEST(SystemDiskTest, WritesAUniqueFileAndRenamesItOntoItsTarget) {
  coopkit::testing::TempDir dir;
  Disk* disk = SystemDisk();
  std::string first, second, error;
  std::unique_ptr<WritableFile> file = disk->CreateUnique(dir.File("a.pdf.XXXXXX"), &first, &error);
  ASSERT_TRUE(file) << error;
  ASSERT_TRUE(disk->CreateUnique(dir.File("a.pdf.XXXXXX"), &second, &error)) << error;
  EXPECT_NE(first, second);
  EXPECT_TRUE(first.starts_with(dir.File("a.pdf.")));
  ASSERT_TRUE(file->Append("%PDF", &error) && file->Append("-1.7", &error)) << error;
  ASSERT_TRUE(file->Close(&error)) << error;
  struct stat status {};
  ASSERT_EQ(stat(first.c_str(), &status), 0);
  EXPECT_EQ(status.st_mode & 0777, 0644u);

  std::ofstream(dir.File("a.pdf")) << "previous";
  ASSERT_TRUE(disk->Rename(first, dir.File("a.pdf"), &error)) << error;
  EXPECT_EQ(ReadFile(dir.File("a.pdf"), &error).value_or(""), "%PDF-1.7");
  EXPECT_TRUE(disk->SyncFolder(dir.path(), &error)) << error;

  std::vector<std::string> names = disk->List(dir.path());
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"a.pdf", fs::path(second).filename().string()}));
  EXPECT_TRUE(disk->Remove(second));
  EXPECT_FALSE(disk->Remove(second)) << "already gone";
}

TEST(SystemDiskTest, RenamesWithoutReplacingOnlyOntoNoFile) {
  coopkit::testing::TempDir dir;
  Disk* disk = SystemDisk();
  std::ofstream(dir.File("new")) << "new";
  std::ofstream(dir.File("kept")) << "kept";
  bool exists = true;
  std::string error;
  EXPECT_TRUE(disk->RenameNoReplace(dir.File("new"), dir.File("report.yaml"), &exists, &error));
  EXPECT_FALSE(exists);
  EXPECT_EQ(ReadFile(dir.File("report.yaml"), &error).value_or(""), "new");
  EXPECT_FALSE(disk->RenameNoReplace(dir.File("kept"), dir.File("report.yaml"), &exists, &error));
  EXPECT_TRUE(exists);
  EXPECT_EQ(ReadFile(dir.File("report.yaml"), &error).value_or(""), "new");
  EXPECT_TRUE(fs::exists(dir.File("kept")));
}

TEST(SystemDiskTest, ReportsWhyItCannot) {
  coopkit::testing::TempDir dir;
  Disk* disk = SystemDisk();
  std::string path, error;
  EXPECT_FALSE(disk->CreateUnique(dir.File("missing/a.pdf.XXXXXX"), &path, &error));
  EXPECT_EQ(error, "No such file or directory");
  std::ofstream(dir.File("file")) << "not a folder";
  EXPECT_FALSE(disk->CreateFolders(dir.File("file/out"), &error));
  EXPECT_NE(error.find("file/out"), std::string::npos) << error;
  EXPECT_FALSE(disk->Rename(dir.File("nothing"), dir.File("a.pdf"), &error));
  EXPECT_NE(error.find("a.pdf"), std::string::npos) << error;
  EXPECT_FALSE(disk->SyncFolder(dir.File("missing"), &error));
  EXPECT_TRUE(disk->List(dir.File("missing")).empty());
  EXPECT_TRUE(disk->CreateFolders(dir.File("out/sub"), &error)) << error;
  EXPECT_TRUE(fs::is_directory(dir.File("out/sub")));
}

}  // namespace
}  // namespace coopkit
