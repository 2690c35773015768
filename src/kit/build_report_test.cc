#include "kit/build_report.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace coopkit::kit {
namespace {

KitResult TwoDocuments() {
  KitResult result;
  result.documents.push_back({.name = "guide",
                              .title = "Guide de la coopération",
                              .output_path = "out/guide.pdf",
                              .pages = 41,
                              .bytes = 206887,
                              .milliseconds = 60.7,
                              .rebuilt = true,
                              .warnings = {{Severity::kWarning,
                                            {"content/guide/02-mettre-en-oeuvre.md", 41, 3},
                                            "a line | that cannot be set",
                                            "shorten the word"}}});
  result.documents.push_back({.name = "report",
                              .title = "Compte rendu de l'atelier",
                              .output_path = "out/report.pdf",
                              .pages = 8,
                              .bytes = 2 * 1024 * 1024,
                              .milliseconds = 47.0,
                              .rebuilt = false});
  return result;
}

TEST(BuildReportTest, RecordsEveryDocumentAndDiagnostic) {
  DiagnosticList diagnostics;
  diagnostics.Add(TwoDocuments().documents[0].warnings[0]);
  nlohmann::json report = nlohmann::json::parse(BuildReportJson(TwoDocuments(), diagnostics, 0));
  EXPECT_EQ(report["status"], "ok");
  EXPECT_EQ(report["exit_code"], 0);
  ASSERT_EQ(report["documents"].size(), 2u);
  EXPECT_EQ(report["documents"][0]["output"], "out/guide.pdf");
  EXPECT_EQ(report["documents"][0]["pages"], 41);
  EXPECT_EQ(report["documents"][0]["bytes"], 206887);
  EXPECT_EQ(report["documents"][0]["rebuilt"], true);
  EXPECT_EQ(report["documents"][0]["warnings"][0]["line"], 41);
  EXPECT_EQ(report["documents"][1]["rebuilt"], false);
  EXPECT_EQ(report["documents"][1]["milliseconds"], 0.0);  // not rendered this time
  EXPECT_EQ(report["warnings"], 1);
  EXPECT_EQ(report["diagnostics"][0]["file"], "content/guide/02-mettre-en-oeuvre.md");
}

TEST(BuildReportTest, SummaryTablesTheDocumentsAndListsWarningsWithTheirPlace) {
  DiagnosticList diagnostics;
  diagnostics.Add(TwoDocuments().documents[0].warnings[0]);
  std::string error;
  std::optional<std::string> summary =
      SummaryOfReport(BuildReportJson(TwoDocuments(), diagnostics, 0), &error);
  ASSERT_TRUE(summary) << error;
  EXPECT_NE(summary->find("## Kit built\n"), std::string::npos) << *summary;
  EXPECT_NE(summary->find("| Guide de la coopération (`out/guide.pdf`) | 41 | 203 kB | rebuilt "
                          "(61 ms) |"),
            std::string::npos)
      << *summary;
  EXPECT_NE(summary->find("| Compte rendu de l'atelier (`out/report.pdf`) | 8 | 2.0 MB | "
                          "unchanged |"),
            std::string::npos)
      << *summary;
  EXPECT_NE(summary->find("1 of 2 document(s) rebuilt"), std::string::npos) << *summary;
  EXPECT_NE(summary->find("- **warning** `content/guide/02-mettre-en-oeuvre.md:41:3`: a line \\| "
                          "that cannot be set (shorten the word)"),
            std::string::npos)
      << *summary;
}

TEST(BuildReportTest, SummaryOfAFailedBuildNamesItsErrorsAndFailedDocuments) {
  KitResult result;
  result.failed = {"guide"};
  DiagnosticList diagnostics;
  diagnostics.Error({"content/guide.yaml", 3, 7}, "unknown key 'titel'", "did you mean 'title'?");
  std::string error;
  std::optional<std::string> summary =
      SummaryOfReport(BuildReportJson(result, diagnostics, 1), &error);
  ASSERT_TRUE(summary) << error;
  EXPECT_NE(summary->find("## Kit not built: 1 error(s)"), std::string::npos) << *summary;
  EXPECT_NE(summary->find("- failed: guide"), std::string::npos) << *summary;
  EXPECT_NE(summary->find("- **error** `content/guide.yaml:3:7`: unknown key 'titel'"),
            std::string::npos)
      << *summary;
}

TEST(BuildReportTest, SummaryRefusesWhatIsNotABuildReport) {
  std::string report = BuildReportJson(TwoDocuments(), DiagnosticList(), 0);
  std::string damaged = report;
  damaged.replace(damaged.find("\"pages\": 41"), 11, "\"pages\": \"many\"");
  for (const std::string& text :
       {std::string(), std::string("{}"), report.substr(0, report.size() / 2), damaged}) {
    std::string error;
    EXPECT_FALSE(SummaryOfReport(text, &error)) << text;
    EXPECT_FALSE(error.empty());
  }
}

}  // namespace
}  // namespace coopkit::kit
