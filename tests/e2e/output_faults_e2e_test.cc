// What the coopkit command leaves in out/ when the disk, not the content,
// stops it: a full disk (a small tmpfs), and a run stopped by SIGTERM as a CI
// timeout stops it. Either way the previous files stay as they were and no
// temporary file is left behind.
#include <gtest/gtest.h>
#include <sys/mount.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "tests/e2e/shipped_kit.h"
#include "tests/support/tool_runner.h"

namespace coopkit::testing {
namespace {

namespace fs = std::filesystem;

const std::string kSourceDir = COOPKIT_SOURCE_DIR;

std::map<std::string, std::string> FolderBytes(const std::string& folder) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::directory_iterator(folder))
    files[entry.path().filename().string()] = ReadAll(entry.path().string());
  return files;
}

std::string BuildCommand(const std::string& content, const std::string& out) {
  return ShellQuote(COOPKIT_BINARY) + " build --content " + ShellQuote(content) + " --templates " +
         ShellQuote(kSourceDir + "/templates") + " --out " + ShellQuote(out);
}

// A folder on a file system of `kilobytes`, unmounted at the end.
class SmallDisk {
 public:
  explicit SmallDisk(int kilobytes) {
    std::string options = "size=" + std::to_string(kilobytes) + "k";
    mounted_ = mount("tmpfs", folder_.path().c_str(), "tmpfs", 0, options.c_str()) == 0;
  }
  ~SmallDisk() {
    if (mounted_) umount(folder_.path().c_str());
  }
  bool mounted() const { return mounted_; }
  const std::string& path() const { return folder_.path(); }

 private:
  TempDir folder_;
  bool mounted_ = false;
};

TEST(OutputFaultsTest, AFullDiskExitsWithThreeAndLeavesTheOutputAsItWas) {
  SmallDisk disk(192);  // room for the small documents, not for the guide too
  if (!disk.mounted()) GTEST_SKIP() << "mounting a tmpfs needs root (CAP_SYS_ADMIN)";
  std::ofstream(disk.path() + "/guide.pdf") << "previous guide";
  std::ofstream(disk.path() + "/resources.pdf") << "previous directory";
  const auto previous = FolderBytes(disk.path());
  int exit_code = -1;
  std::string out =
      RunTool(BuildCommand(kSourceDir + "/content", disk.path()) + " 2>&1", &exit_code);
  EXPECT_EQ(exit_code, 3) << out;
  EXPECT_NE(out.find("No space left on device"), std::string::npos) << out;
  EXPECT_NE(out.find("no file was written"), std::string::npos) << out;
  EXPECT_EQ(out.find(".tmp-"), std::string::npos) << "names outputs, not temporary files: " << out;
  EXPECT_EQ(FolderBytes(disk.path()), previous);
}

// As build --report /dev/full did, as root: the device was replaced by the report.
TEST(OutputFaultsTest, AReportOntoWhatIsNotAFileReplacesNothingAndExitsWithThree) {
  TempDir out, elsewhere;
  const std::string pipe = elsewhere.File("report.json");
  ASSERT_EQ(mkfifo(pipe.c_str(), 0644), 0);
  int exit_code = -1;
  std::string output = RunTool(
      BuildCommand(kSourceDir + "/content", out.path()) + " --report " + ShellQuote(pipe) + " 2>&1",
      &exit_code);
  EXPECT_EQ(exit_code, 3) << output;
  EXPECT_NE(output.find(pipe + ": error: cannot replace " + pipe +
                        ": it is not a regular file but a named pipe"),
            std::string::npos)
      << output;
  EXPECT_TRUE(std::filesystem::is_fifo(pipe));
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(elsewhere.path()),
                          std::filesystem::directory_iterator()),
            1)
      << "no temporary file is left";
}

TEST(OutputFaultsTest, ARunStoppedBySigtermLeavesNoTemporaryFile) {
  // A guide long enough to be still laying out when the signal comes, while
  // the small documents wait, written, in their temporary files.
  TempDir content, out, temporary;
  fs::copy(kSourceDir + "/content", content.path(), fs::copy_options::recursive);
  const std::string chapter = content.File("guide/02-mettre-en-oeuvre.md");
  const std::string text = ReadAll(chapter);
  std::ofstream longer(chapter, std::ios::app);
  for (int i = 0; i < 300; ++i) longer << "\n\n" << text.substr(text.find("\n\n") + 2);
  longer.close();
  std::ofstream(out.File("guide.pdf")) << "previous guide";
  const auto previous = FolderBytes(out.path());

  int exit_code = -1;
  std::string status =
      RunTool("cd " + ShellQuote(kSourceDir) + " && TMPDIR=" + ShellQuote(temporary.path()) + " " +
                  BuildCommand(content.path(), out.path()) +
                  " >/dev/null 2>&1 & sleep 0.3; kill -TERM $!; wait $!; echo $?",
              &exit_code);
  EXPECT_EQ(status, "143\n") << "killed by SIGTERM; a 0 means the build ended before the signal";
  EXPECT_EQ(FolderBytes(out.path()), previous);
  EXPECT_TRUE(fs::is_empty(temporary.path())) << "subset fonts are removed too";
}

}  // namespace
}  // namespace coopkit::testing
