#include "forum_import/contribution_importer.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "base/file_io.h"
#include "content/test_folder.h"
#include "tests/support/faulty_disk.h"

namespace coopkit::forum_import {
namespace {

constexpr const char* kExport =
    "Un atelier\n\nOrganisation porteuse\u00a0: Les Amis - LA\nCode postal\u00a0: 79000\n"
    "Ville\u00a0: Niort\n"
    "Je donne mon accord pour que les informations ci-dessus soient visible sur le site\u00a0: "
    "Oui\n";

class ContributionImporterTest : public ::testing::Test {
 protected:
  std::string Content(const std::string& file) {
    std::string error;
    return ReadFile(folder_.Path("content/" + file), &error).value_or("");
  }
  content::TestFolder folder_;
  DiagnosticList diagnostics_;
};

TEST_F(ContributionImporterTest, OneExportBecomesEventYaml) {
  std::string file = folder_.Write("exports/amis.txt", kExport);
  ImportOutcome outcome =
      ImportContributions({file}, folder_.Path("content"), false, &diagnostics_);
  EXPECT_FALSE(diagnostics_.HasErrors());
  EXPECT_EQ(outcome.written, std::vector<std::string>{folder_.Path("content/event.yaml")});
  EXPECT_NE(Content("event.yaml").find("city: Niort"), std::string::npos);
}

TEST_F(ContributionImporterTest, SeveralExportsBecomeAFileEachAndABadOneFailsAlone) {
  std::string a = folder_.Write("exports/a.txt", kExport);
  std::string bad = folder_.Write("exports/bad.txt", "\n\n");
  std::string b = folder_.Write("exports/b.txt", kExport);
  ImportOutcome outcome =
      ImportContributions({a, bad, b}, folder_.Path("content"), false, &diagnostics_);
  EXPECT_EQ(diagnostics_.ErrorCount(), 1u);
  EXPECT_EQ(outcome.written.size(), 2u);
  EXPECT_FALSE(Content("a.yaml").empty());
  EXPECT_FALSE(Content("b.yaml").empty());
  EXPECT_FALSE(std::filesystem::exists(folder_.Path("content/bad.yaml")));
}

TEST_F(ContributionImporterTest, AFileEditedByHandIsKeptUnlessReplacingIsAsked) {
  std::string file = folder_.Write("exports/amis.txt", kExport);
  ImportContributions({file}, folder_.Path("content"), false, &diagnostics_);
  ASSERT_FALSE(diagnostics_.HasErrors());
  const std::string edited = Content("event.yaml") + "  date: 2026-11-26  # edited by hand\n";
  folder_.Write("content/event.yaml", edited);
  ImportContributions({file}, folder_.Path("content"), false, &diagnostics_);
  EXPECT_TRUE(diagnostics_.HasErrors());
  EXPECT_EQ(Content("event.yaml"), edited);

  DiagnosticList again;
  ImportOutcome outcome = ImportContributions({file}, folder_.Path("content"), true, &again);
  EXPECT_FALSE(again.HasErrors());
  EXPECT_EQ(outcome.written.size(), 1u);
  EXPECT_NE(Content("event.yaml").find("city: Niort"), std::string::npos);

  DiagnosticList third;
  outcome = ImportContributions({file}, folder_.Path("content"), false, &third);
  EXPECT_FALSE(third.HasErrors());
  EXPECT_EQ(outcome.unchanged.size(), 1u);
}

TEST_F(ContributionImporterTest, AFileImportDidNotWriteIsNeverReplaced) {
  std::string kit = folder_.Write("exports/kit.txt", kExport);
  std::string other = folder_.Write("exports/other.txt", kExport);
  folder_.Write("content/kit.yaml", "kit: {title: Mon kit}\n");
  ImportOutcome outcome =
      ImportContributions({kit, other}, folder_.Path("content"), true, &diagnostics_);
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u);
  EXPECT_NE(diagnostics_.items()[0].message.find("was not written by coopkit import"),
            std::string::npos);
  EXPECT_EQ(Content("kit.yaml"), "kit: {title: Mon kit}\n");
  EXPECT_EQ(outcome.written.size(), 1u);
}

TEST_F(ContributionImporterTest, TwoExportsOfTheSameNameAreNotWrittenOverEachOther) {
  std::string a = folder_.Write("one/x.txt", kExport);
  std::string b = folder_.Write("two/x.txt", kExport);
  std::string c = folder_.Write("two/y.txt", kExport);
  ImportOutcome outcome =
      ImportContributions({a, b, c}, folder_.Path("content"), false, &diagnostics_);
  EXPECT_EQ(diagnostics_.ErrorCount(), 1u);
  EXPECT_EQ(outcome.written.size(), 2u);
}

TEST_F(ContributionImporterTest, AFullDiskIsAnOutputFailureAndLeavesNothing) {
  std::string file = folder_.Write("exports/amis.txt", kExport);
  std::filesystem::create_directories(folder_.Path("content"));
  testing::FaultyDisk disk;
  disk.FailAppend(1);
  ImportOutcome outcome =
      ImportContributions({file}, folder_.Path("content"), false, &diagnostics_, &disk);
  EXPECT_TRUE(outcome.output_failed);
  EXPECT_TRUE(std::filesystem::is_empty(folder_.Path("content")));
}

TEST_F(ContributionImporterTest, AMissingExportIsAnError) {
  ImportContributions({folder_.Path("nope.txt")}, folder_.Path("content"), false, &diagnostics_);
  ASSERT_TRUE(diagnostics_.HasErrors());
  EXPECT_NE(diagnostics_.items()[0].message.find("cannot read"), std::string::npos);
}

}  // namespace
}  // namespace coopkit::forum_import
