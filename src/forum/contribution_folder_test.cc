#include "forum/contribution_folder.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include "content/test_folder.h"

namespace coopkit::forum {
namespace {

using content::TestFolder;

TEST(ContributionFolderTest, ListsExportsAndEventFilesSortedByName) {
  TestFolder folder;
  folder.Write("forum/b-atelier.txt", "x");
  folder.Write("forum/A Écoles.yaml", "x");
  folder.Write("forum/c.yml", "x");
  folder.Write("forum/.hidden.txt", "x");
  folder.Write("forum/sub/d.txt", "x");
  DiagnosticList diagnostics;
  std::vector<ContributionFile> files = ListContributionFiles(folder.Path("forum"), &diagnostics);
  EXPECT_FALSE(diagnostics.HasErrors()) << FormatDiagnostics(diagnostics);
  ASSERT_EQ(files.size(), 3u) << FormatDiagnostics(diagnostics);
  EXPECT_EQ(files[0].slug, "a-ecoles");
  EXPECT_FALSE(files[0].is_export);
  EXPECT_EQ(files[1].slug, "b-atelier");
  EXPECT_TRUE(files[1].is_export);
  EXPECT_EQ(files[1].path, folder.Path("forum/b-atelier.txt"));
  EXPECT_EQ(files[2].slug, "c");
  // The subfolder is no contribution and says so.
  EXPECT_NE(FormatDiagnostics(diagnostics).find("sub is not a contribution"), std::string::npos);
}

TEST(ContributionFolderTest, OtherFilesAreWarnedAboutAndLeftOut) {
  TestFolder folder;
  folder.Write("forum/a.txt", "x");
  folder.Write("forum/notes.docx", "x");
  DiagnosticList diagnostics;
  EXPECT_EQ(ListContributionFiles(folder.Path("forum"), &diagnostics).size(), 1u);
  EXPECT_FALSE(diagnostics.HasErrors());
  EXPECT_NE(FormatDiagnostics(diagnostics).find("notes.docx: warning: not read"), std::string::npos)
      << FormatDiagnostics(diagnostics);
}

TEST(ContributionFolderTest, TwoFilesForOneKitFolderAreAnErrorAtTheSecond) {
  TestFolder folder;
  folder.Write("forum/Atelier 1.txt", "x");
  folder.Write("forum/atelier-1.yaml", "x");
  DiagnosticList diagnostics;
  std::vector<ContributionFile> files = ListContributionFiles(folder.Path("forum"), &diagnostics);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].path, folder.Path("forum/Atelier 1.txt"));
  EXPECT_NE(FormatDiagnostics(diagnostics)
                .find("atelier-1.yaml: error: its kit would go to the same folder as Atelier "
                      "1.txt's: out/atelier-1/"),
            std::string::npos)
      << FormatDiagnostics(diagnostics);
}

TEST(ContributionFolderTest, ANameWithNoLetterIsAnError) {
  TestFolder folder;
  folder.Write("forum/«».txt", "x");
  folder.Write("forum/ok.txt", "x");
  DiagnosticList diagnostics;
  EXPECT_EQ(ListContributionFiles(folder.Path("forum"), &diagnostics).size(), 1u);
  EXPECT_NE(FormatDiagnostics(diagnostics).find("gives no folder name"), std::string::npos);
}

TEST(ContributionFolderTest, ANamedPipeIsNeverOpened) {
  TestFolder folder;
  folder.Write("forum/ok.txt", "x");
  ASSERT_EQ(mkfifo(folder.Path("forum/pipe.txt").c_str(), 0600), 0);
  DiagnosticList diagnostics;
  EXPECT_EQ(ListContributionFiles(folder.Path("forum"), &diagnostics).size(), 1u);
  EXPECT_NE(FormatDiagnostics(diagnostics).find("pipe.txt: error: cannot read"), std::string::npos)
      << FormatDiagnostics(diagnostics);
}

TEST(ContributionFolderTest, AMissingOrEmptyFolderIsAnError) {
  TestFolder folder;
  DiagnosticList missing;
  EXPECT_TRUE(ListContributionFiles(folder.Path("none"), &missing).empty());
  EXPECT_NE(FormatDiagnostics(missing).find("folder not found"), std::string::npos);
  folder.Write("empty/.keep", "");
  DiagnosticList empty;
  EXPECT_TRUE(ListContributionFiles(folder.Path("empty"), &empty).empty());
  EXPECT_NE(FormatDiagnostics(empty).find("no contribution in"), std::string::npos);
  DiagnosticList file;
  EXPECT_TRUE(ListContributionFiles(folder.Write("plain.txt", "x"), &file).empty());
  EXPECT_NE(FormatDiagnostics(file).find("not a folder"), std::string::npos);
}

}  // namespace
}  // namespace coopkit::forum
