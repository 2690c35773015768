#include "base/pending_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>

#include "base/file_io.h"
#include "base/interrupt_cleanup.h"
#include "tests/support/faulty_disk.h"
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
  std::unique_ptr<PendingFile> file = PendingFile::Create(SystemDisk(), target_, &error);
  ASSERT_TRUE(file) << error;
  EXPECT_EQ(fs::path(file->temporary_path()).parent_path(), dir_);
  EXPECT_NE(file->temporary_path().find(".tmp-" + std::to_string(getpid()) + "-"),
            std::string::npos);
  ASSERT_TRUE(file->Append("new", &error)) << error;
  ASSERT_TRUE(file->Close(&error)) << error;
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
    std::unique_ptr<PendingFile> file = PendingFile::Create(SystemDisk(), target_, &error);
    ASSERT_TRUE(file) << error;
    ASSERT_TRUE(file->Append("half a PDF", &error));
    EXPECT_EQ(FilesInFolder(), 2u);
  }
  EXPECT_EQ(FilesInFolder(), 1u);
  EXPECT_EQ(Read(target_), "previous");
}

TEST_F(PendingFileTest, AMissingFolderIsReported) {
  std::string error;
  EXPECT_FALSE(
      PendingFile::Create(SystemDisk(), (dir_ / "missing" / "guide.pdf").string(), &error));
  EXPECT_NE(error.find("missing"), std::string::npos);
}

TEST_F(PendingFileTest, CommitOntoAFolderFailsAndCleansUp) {
  fs::create_directories(dir_ / "folder.pdf" / "inside");
  std::string error;
  std::unique_ptr<PendingFile> file =
      PendingFile::Create(SystemDisk(), (dir_ / "folder.pdf").string(), &error);
  ASSERT_TRUE(file) << error;
  EXPECT_FALSE(file->Commit(&error));
  EXPECT_NE(error.find("folder.pdf"), std::string::npos);
  EXPECT_EQ(FilesInFolder(), 2u);  // guide.pdf and the folder, no temporary file
}

TEST_F(PendingFileTest, AFullDiskIsAFailureOfTheFileThatCommitRefuses) {
  coopkit::testing::FaultyDisk disk;
  disk.FailAppend(2);
  std::string error;
  std::unique_ptr<PendingFile> file = PendingFile::Create(&disk, target_, &error);
  ASSERT_TRUE(file) << error;
  EXPECT_TRUE(file->Append("%PDF-1.7\n", &error));
  EXPECT_FALSE(file->failed());
  EXPECT_FALSE(file->Append("the rest", &error));
  EXPECT_TRUE(file->failed());
  EXPECT_NE(error.find("No space left on device"), std::string::npos) << error;
  EXPECT_FALSE(file->Append("more", &error)) << "no write after a failed one";
  EXPECT_FALSE(file->Commit(&error));
  EXPECT_EQ(Read(target_), "previous");
  EXPECT_EQ(FilesInFolder(), 1u);
}

TEST_F(PendingFileTest, AFailedFlushIsAFailureToo) {
  coopkit::testing::FaultyDisk disk;
  disk.FailClose(1);
  std::string error;
  std::unique_ptr<PendingFile> file = PendingFile::Create(&disk, target_, &error);
  ASSERT_TRUE(file && file->Append("new", &error)) << error;
  EXPECT_FALSE(file->Close(&error));
  EXPECT_TRUE(file->failed());
  EXPECT_FALSE(file->Commit(&error));
  EXPECT_EQ(Read(target_), "previous");
  EXPECT_EQ(FilesInFolder(), 1u);
}

TEST_F(PendingFileTest, AbandonedTemporaryFilesAreRemovedThoseOfLiveRunsKept) {
  // A process that has ended: its number is free (and is not reused so soon).
  pid_t child = fork();
  if (child == 0) _exit(0);
  waitpid(child, nullptr, 0);
  const std::string dead = target_ + ".tmp-" + std::to_string(child) + "-Ab12Cd";
  const std::string older_format = target_ + ".tmp-Xy34Zw";
  const std::string live = target_ + ".tmp-" + std::to_string(getpid()) + "-Ef56Gh";
  const std::string other_document = temp_.File("legal-forms.pdf.tmp-Xy34Zw");
  for (const std::string& path : {dead, older_format, live, other_document})
    std::ofstream(path) << "partial";
  PendingFile::RemoveAbandoned(SystemDisk(), target_);
  EXPECT_FALSE(fs::exists(dead));
  EXPECT_FALSE(fs::exists(older_format));
  EXPECT_TRUE(fs::exists(live));
  EXPECT_TRUE(fs::exists(other_document)) << "only the target's own are looked at";
  EXPECT_EQ(Read(target_), "previous");
}

// A run stopped by SIGTERM between two writes (what a CI timeout sends)
// removes its temporary file and ends as killed by that signal.
TEST_F(PendingFileTest, AnInterruptedRunLeavesNoTemporaryFile) {
  EXPECT_EXIT(
      {
        InterruptCleanup::Install();
        coopkit::testing::FaultyDisk disk;
        disk.BeforeAppend(2, [] {
          kill(getpid(), SIGTERM);
          pause();  // the cleanup thread ends the process
        });
        std::string error;
        std::unique_ptr<PendingFile> file = PendingFile::Create(&disk, target_, &error);
        file->Append("%PDF-1.7\n", &error);
        file->Append("never written", &error);
        _exit(0);
      },
      ::testing::KilledBySignal(SIGTERM), "");
  EXPECT_EQ(FilesInFolder(), 1u);
  EXPECT_EQ(Read(target_), "previous");
}

}  // namespace
}  // namespace coopkit
