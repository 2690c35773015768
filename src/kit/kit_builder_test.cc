#include "kit/kit_builder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/support/tool_runner.h"

namespace coopkit::kit {
namespace {

namespace fs = std::filesystem;

KitOptions ShippedKit(const std::string& out_dir) {
  KitOptions options;
  options.content_dir = std::string(COOPKIT_SOURCE_DIR) + "/content";
  options.templates_dir = std::string(COOPKIT_SOURCE_DIR) + "/templates";
  options.fonts_dir = std::string(COOPKIT_SOURCE_DIR) + "/fonts";
  options.out_dir = out_dir;
  options.only = {"evaluation-form", "legal-forms"};
  options.source_date_epoch = 0;
  return options;
}

TEST(KitBuilderTest, ReportsEachDocumentAndItsStepsInOrder) {
  coopkit::testing::TempDir out;
  KitOptions options = ShippedKit(out.path());
  options.write = true;
  KitBuilder builder(options);
  std::vector<std::string> events;
  builder.OnDocumentStarted([&](const std::string& name, size_t, size_t count) {
    EXPECT_EQ(count, 2u);
    events.push_back(name + " started");
  });
  builder.OnStep(
      [&](const std::string& name, const char* step) { events.push_back(name + " " + step); });
  DiagnosticList diagnostics;
  KitResult result = builder.Build(&diagnostics);
  ASSERT_FALSE(diagnostics.HasErrors());
  ASSERT_EQ(result.documents.size(), 2u);
  for (const std::string& name : {std::string("evaluation-form"), std::string("legal-forms")}) {
    auto at = [&](const std::string& event) {
      return std::find(events.begin(), events.end(), name + " " + event) - events.begin();
    };
    EXPECT_LT(at("started"), at("layout")) << name;
    EXPECT_LT(at("layout"), at("PDF")) << name;
    EXPECT_LT(at("PDF"), static_cast<long>(events.size())) << name;
  }
  // Written and renamed into place: the two PDFs and nothing else.
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(out.path()))
    files.push_back(entry.path().filename().string());
  std::sort(files.begin(), files.end());
  EXPECT_EQ(files, (std::vector<std::string>{"evaluation-form.pdf", "legal-forms.pdf"}));
  for (const DocumentReport& d : result.documents) {
    EXPECT_GT(d.pages, 0) << d.name;
    EXPECT_EQ(d.bytes, fs::file_size(d.output_path)) << d.name;
  }
}

TEST(KitBuilderTest, CheckingWritesNothingButMeasuresThePdfs) {
  coopkit::testing::TempDir out;
  KitOptions options = ShippedKit(out.path() + "/never");
  options.write = false;
  DiagnosticList diagnostics;
  KitResult result = KitBuilder(options).Build(&diagnostics);
  ASSERT_FALSE(diagnostics.HasErrors());
  ASSERT_EQ(result.documents.size(), 2u);
  for (const DocumentReport& d : result.documents) EXPECT_GT(d.bytes, 1000u) << d.name;
  EXPECT_FALSE(fs::exists(out.path() + "/never"));
}

}  // namespace
}  // namespace coopkit::kit
