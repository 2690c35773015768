#include "kit/build_manifest.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace coopkit::kit {
namespace {

namespace fs = std::filesystem;

ManifestEntry GuideEntry(const fs::path& folder) {
  std::ofstream(folder / "guide.pdf") << "%PDF-1.7 guide";
  std::ofstream(folder / "guide.yaml") << "sections: []";
  return {.name = "guide",
          .output = "guide.pdf",
          .output_hash = HashOf("%PDF-1.7 guide"),
          .settings = "v1 pdf final",
          .pages = 60,
          .bytes = 14,
          .inputs = {{(folder / "guide.yaml").string(), HashOf("sections: []")}},
          .warnings = {{Severity::kWarning, {"content/guide.yaml", 3, 5}, "a warning", "a hint"}}};
}

// Each check hashes the files afresh, as a new run does.
bool UpToDate(const ManifestEntry& entry, const std::string& settings, const fs::path& out_dir) {
  FileHasher hasher;
  return IsUpToDate(entry, settings, out_dir, &hasher);
}

class BuildManifestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::path(::testing::TempDir()) /
              ("build_manifest_" +
               std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(folder_);
    fs::create_directories(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }
  fs::path folder_;
};

TEST_F(BuildManifestTest, ReadsBackWhatItWrites) {
  BuildManifest manifest;
  manifest.Put(GuideEntry(folder_));
  manifest.Put({.name = "report", .output = "out/report.pdf", .output_hash = HashOf("r")});
  BuildManifest read = BuildManifest::Parse(manifest.ToJson());
  ASSERT_EQ(read.entries().size(), 2u);
  const ManifestEntry* guide = read.Find("guide");
  ASSERT_NE(guide, nullptr);
  EXPECT_EQ(guide->pages, 60);
  EXPECT_EQ(guide->bytes, 14u);
  EXPECT_EQ(guide->settings, "v1 pdf final");
  EXPECT_EQ(guide->inputs, GuideEntry(folder_).inputs);
  ASSERT_EQ(guide->warnings.size(), 1u);
  EXPECT_EQ(FormatDiagnostic(guide->warnings[0]),
            FormatDiagnostic(GuideEntry(folder_).warnings[0]));
  EXPECT_EQ(read.ToJson(), manifest.ToJson());
  EXPECT_EQ(read.Find("evaluation-form"), nullptr);
}

TEST_F(BuildManifestTest, PutReplacesTheEntryOfTheSameDocument) {
  BuildManifest manifest;
  manifest.Put(GuideEntry(folder_));
  manifest.Put({.name = "guide", .pages = 61});
  ASSERT_EQ(manifest.entries().size(), 1u);
  EXPECT_EQ(manifest.Find("guide")->pages, 61);
}

TEST_F(BuildManifestTest, KeepOnlyForgetsDocumentsNoLongerInTheKit) {
  BuildManifest manifest;
  manifest.Put(GuideEntry(folder_));
  manifest.Put({.name = "report"});
  manifest.KeepOnly({"report", "resources"});
  ASSERT_EQ(manifest.entries().size(), 1u);
  EXPECT_EQ(manifest.entries()[0].name, "report");
}

TEST_F(BuildManifestTest, AnythingButAManifestIsAnEmptyOne) {
  BuildManifest manifest;
  manifest.Put(GuideEntry(folder_));
  std::string json = manifest.ToJson();
  for (const std::string& damaged :
       {std::string(), std::string("not json"), json.substr(0, json.size() / 2),
        std::string("[1, 2]"), std::string(R"({"coopkit_build_manifest": "1", "documents": []})"),
        std::string(R"({"coopkit_build_manifest": 2, "documents": []})"),
        std::string(R"({"coopkit_build_manifest": 1, "documents": [{"name": 3}]})"),
        std::string(R"({"coopkit_build_manifest": 1, "documents": [{"name": "g", "output": "o",
          "output_hash": "h", "settings": "s", "pages": -1, "bytes": 0, "inputs": {},
          "warnings": []}]})")}) {
    EXPECT_TRUE(BuildManifest::Parse(damaged).entries().empty()) << damaged;
  }
}

TEST_F(BuildManifestTest, UpToDateOnlyWhenNothingItReadOrWroteChanged) {
  ManifestEntry entry = GuideEntry(folder_);
  EXPECT_TRUE(UpToDate(entry, "v1 pdf final", folder_));
  EXPECT_FALSE(UpToDate(entry, "v2 pdf final", folder_));

  std::ofstream(folder_ / "guide.yaml") << "sections: [one]";
  EXPECT_FALSE(UpToDate(entry, "v1 pdf final", folder_));
  entry = GuideEntry(folder_);

  std::ofstream(folder_ / "guide.pdf") << "%PDF-1.7 edited by hand";
  EXPECT_FALSE(UpToDate(entry, "v1 pdf final", folder_));
  entry = GuideEntry(folder_);

  fs::remove(folder_ / "guide.pdf");
  EXPECT_FALSE(UpToDate(entry, "v1 pdf final", folder_));
  entry = GuideEntry(folder_);

  fs::remove(folder_ / "guide.yaml");
  EXPECT_FALSE(UpToDate(entry, "v1 pdf final", folder_));
}

}  // namespace
}  // namespace coopkit::kit
