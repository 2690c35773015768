// Incremental builds, as a nightly CI job runs them on a restored out/
// folder: a document whose inputs did not change is neither rendered nor
// rewritten (same bytes, same mtime), one changed input rebuilds only the
// documents that read it, and --report says which were rebuilt.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>

#include "tests/e2e/pdf_probe.h"
#include "tests/e2e/shipped_kit.h"

namespace coopkit::testing {
namespace {

namespace fs = std::filesystem;

struct FileState {
  fs::file_time_type mtime;
  std::string bytes;
  bool operator==(const FileState&) const = default;
};

class IncrementalBuildTest : public ::testing::Test, protected ContentCopy {
 protected:
  CommandResult Build(const std::string& options = "") const {
    return Coopkit("build --content " + ShellQuote(content_.path()) + " --templates " +
                       ShellQuote(templates_.path()) + " --out " + ShellQuote(out_.path()) +
                       " --report " + ShellQuote(report_.File("report.json")) + " " + options,
                   std::string("SOURCE_DATE_EPOCH=") + kEpoch);
  }
  std::map<std::string, FileState> OutFiles() const {
    std::map<std::string, FileState> files;
    for (const auto& entry : fs::recursive_directory_iterator(out_.path())) {
      if (entry.is_regular_file())
        files[fs::relative(entry.path(), out_.path()).string()] = {entry.last_write_time(),
                                                                   ReadAll(entry.path())};
    }
    return files;
  }
  // The names of the documents the last build's report says were rebuilt.
  std::vector<std::string> Rebuilt() const {
    std::vector<std::string> names;
    nlohmann::json report = nlohmann::json::parse(ReadAll(report_.File("report.json")));
    for (const auto& d : report["documents"]) {
      if (d["rebuilt"]) names.push_back(d["name"]);
    }
    return names;
  }
  // The files of `before` that `after` holds with other bytes or mtime.
  static std::vector<std::string> Rewritten(const std::map<std::string, FileState>& before,
                                            const std::map<std::string, FileState>& after) {
    std::vector<std::string> names;
    for (const auto& [name, state] : after) {
      auto was = before.find(name);
      if (was == before.end() || !(was->second == state)) names.push_back(name);
    }
    return names;
  }
  void SetUp() override {
    CommandResult first = Build();
    ASSERT_EQ(first.exit_code, 0) << first.out;
    ASSERT_EQ(Rebuilt().size(), PdfsIn(out_.path()).size());
    ASSERT_GT(Rebuilt().size(), 1u);
  }

  TempDir report_;
};

// The documents `build` builds, in kit order (the programme is the batch's).
const std::vector<std::string> kAll = {"guide",  "legal-forms", "evaluation-form",
                                       "report", "resources",   "contribution"};

TEST_F(IncrementalBuildTest, ASecondBuildWithNoChangeRewritesNothing) {
  const auto before = OutFiles();
  CommandResult second = Build();
  ASSERT_EQ(second.exit_code, 0) << second.out;
  EXPECT_EQ(Rewritten(before, OutFiles()), std::vector<std::string>{});
  EXPECT_EQ(Rebuilt(), std::vector<std::string>{});
  for (const std::string& name : kAll) {
    EXPECT_TRUE(
        std::regex_search(second.out, std::regex(name + R"(\s+\d+ pages?\s+\d+ kB\s+unchanged)")))
        << second.out;
  }
}

TEST_F(IncrementalBuildTest, OneChangedGuideChapterRebuildsTheGuideAlone) {
  const auto before = OutFiles();
  Replace(content_.File("guide/06-atelier.md"), "atelier", "atelier du forum");
  CommandResult build = Build();
  ASSERT_EQ(build.exit_code, 0) << build.out;
  EXPECT_EQ(Rebuilt(), std::vector<std::string>{"guide"});
  // The guide, its new first-page picture and the page that shows it.
  std::vector<std::string> rewritten = Rewritten(before, OutFiles());
  ASSERT_EQ(rewritten.size(), 4u);
  EXPECT_TRUE(rewritten[3].starts_with("thumbnails/guide-")) << rewritten[3];
  rewritten.pop_back();
  EXPECT_EQ(rewritten,
            (std::vector<std::string>{"build-manifest.json", "guide.pdf", "index.html"}));
  EXPECT_NE(Comparable(PdfProbe(out_.File("guide.pdf")).Text()).find("atelier du forum"),
            std::string::npos);
}

TEST_F(IncrementalBuildTest, APartialRebuildsTheDocumentsThatIncludeIt) {
  Replace(templates_.File("cover.mustache"), "\n", "\n\n");
  ASSERT_EQ(Build().exit_code, 0);
  EXPECT_EQ(Rebuilt(), (std::vector<std::string>{"guide", "legal-forms", "resources"}));
}

TEST_F(IncrementalBuildTest, KitYamlAndTheThemeRebuildEverything) {
  Replace(content_.File("theme.yaml"), "\n", "\n# a comment\n");
  ASSERT_EQ(Build().exit_code, 0);
  EXPECT_EQ(Rebuilt(), kAll);
  Replace(content_.File("kit.yaml"), "\n", "\n# a comment\n");
  ASSERT_EQ(Build().exit_code, 0);
  EXPECT_EQ(Rebuilt(), kAll);
}

TEST_F(IncrementalBuildTest, ADocumentTakenOutOfTheKitLeavesTheManifest) {
  std::string kit = ReadAll(content_.File("kit.yaml"));
  size_t last = kit.find("  - name: " + kAll.back() + "\n");  // and the batch's after it
  ASSERT_NE(last, std::string::npos);
  std::ofstream(content_.File("kit.yaml"), std::ios::binary) << kit.substr(0, last);
  ASSERT_EQ(Build().exit_code, 0);
  nlohmann::json manifest = nlohmann::json::parse(ReadAll(out_.File("build-manifest.json")));
  std::vector<std::string> names;
  for (const auto& d : manifest["documents"]) names.push_back(d["name"]);
  EXPECT_EQ(names, (std::vector<std::string>(kAll.begin(), kAll.end() - 1)));
}

TEST_F(IncrementalBuildTest, AMissingOrEditedOutputIsRebuilt) {
  fs::remove(out_.File("report.pdf"));
  std::ofstream(out_.File("resources.pdf"), std::ios::app) << "edited";
  ASSERT_EQ(Build().exit_code, 0);
  EXPECT_EQ(Rebuilt(), (std::vector<std::string>{"report", "resources"}));
  std::string check;
  EXPECT_EQ(PdfProbe(out_.File("resources.pdf")).QpdfCheck(&check), 0);
}

TEST_F(IncrementalBuildTest, ForceRebuildsEveryDocumentToTheSameBytes) {
  const auto before = OutFiles();
  ASSERT_EQ(Build("--force").exit_code, 0);
  EXPECT_EQ(Rebuilt(), kAll);
  const auto after = OutFiles();
  for (const auto& [name, state] : before) {
    ASSERT_TRUE(after.count(name)) << name;
    EXPECT_EQ(after.at(name).bytes, state.bytes) << name << ": SOURCE_DATE_EPOCH is fixed";
    if (name.ends_with(".pdf")) {
      EXPECT_NE(after.at(name).mtime, state.mtime) << name;
    }
  }
}

TEST_F(IncrementalBuildTest, TheReportMatchesWhatWasWritten) {
  nlohmann::json report = nlohmann::json::parse(ReadAll(report_.File("report.json")));
  EXPECT_EQ(report["status"], "ok");
  ASSERT_EQ(report["documents"].size(), kAll.size());
  for (const auto& d : report["documents"]) {
    const std::string path = d["output"];
    EXPECT_EQ(d["bytes"], fs::file_size(path)) << path;
    EXPECT_EQ(d["pages"], std::stoi(PdfProbe(path).Info()["Pages"])) << path;
  }
}

TEST_F(IncrementalBuildTest, AFailedBuildReportsItsErrorsAndKeepsTheManifest) {
  const auto before = OutFiles();
  Replace(content_.File("guide.yaml"), "title:", "titel:");
  CommandResult build = Build();
  EXPECT_EQ(build.exit_code, 1) << build.out;
  EXPECT_EQ(Rewritten(before, OutFiles()), std::vector<std::string>{});
  nlohmann::json report = nlohmann::json::parse(ReadAll(report_.File("report.json")));
  EXPECT_EQ(report["status"], "failed");
  EXPECT_EQ(report["exit_code"], 1);
  ASSERT_GE(report["diagnostics"].size(), 1u);
  EXPECT_EQ(report["diagnostics"][0]["file"], content_.File("guide.yaml"));
  EXPECT_GT(report["diagnostics"][0]["line"], 0);
}

}  // namespace
}  // namespace coopkit::testing
