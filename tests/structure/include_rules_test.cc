#include "tests/structure/include_rules.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace coopkit::structure {
namespace {

std::string ReadText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

const char kStages[] =
    "# stage folder : stages it uses : stages its tests also use\n"
    "base base :  : test_support\n"
    "page page : base : \n"
    "layout layout : page : \n"
    "pdf backends/pdf : page : layout\n"
    "kit kit : layout pdf : \n";

TEST(IncludeRulesTest, ReadsTheStagesCMakeDeclares) {
  std::map<std::string, Stage> stages = ParseStageDependencies(kStages);
  ASSERT_EQ(stages.size(), 5u);
  EXPECT_EQ(stages["pdf"].folder, "backends/pdf");
  EXPECT_EQ(stages["pdf"].uses, std::set<std::string>{"page"});
  EXPECT_EQ(stages["pdf"].tests_use, std::set<std::string>{"layout"});
  EXPECT_TRUE(stages["base"].uses.empty());
}

TEST(IncludeRulesTest, EachArrowAgainstThePipelineIsNamed) {
  std::vector<std::string> violations = IncludeViolations(
      ParseStageDependencies(kStages),
      {
          {"kit/a.cc", "#include \"kit/a.h\"\n#include \"layout/x.h\"\n#include \"base/b.h\"\n"},
          {"layout/x.h", "#pragma once\n#include \"kit/a.h\"\n"},
          {"backends/pdf/w.cc", "#include \"layout/x.h\"\n"},
          {"backends/pdf/w_test.cc", "#include \"layout/x.h\"\n#include \"tests/support/t.h\"\n"},
          {"page/p.h", "#include \"tests/support/t.h\"\n#include \"nowhere/n.h\"\n"},
          {"layout/inline/l.h", "#include \"layout/flow/f.h\"\n#include \"layout/block.h\"\n"},
          {"layout/flow/f.h", "#include \"layout/inline/l.h\"\n"},
          {"stray/s.cc", ""},
      });
  EXPECT_EQ(violations, (std::vector<std::string>{
                            "layout/x.h:2 includes kit/a.h: layout does not use kit",
                            "backends/pdf/w.cc:1 includes layout/x.h: pdf does not use layout",
                            "page/p.h:1 includes tests/support/t.h: only tests include tests/",
                            "page/p.h:2 includes nowhere/n.h: a header of no stage",
                            "layout/inline/l.h:1 includes layout/flow/f.h: a lower layer of "
                            "layout includes a higher one",
                            "stray/s.cc is in no stage's folder",
                        }));
}

// The real tree: every file of src/ against the dependencies CMake declares.
TEST(IncludeRulesTest, EverySourceFileFollowsTheDeclaredDependencies) {
  std::map<std::string, Stage> stages =
      ParseStageDependencies(ReadText(COOPKIT_STAGE_DEPENDENCIES));
  ASSERT_GT(stages.size(), 10u) << "no stages in " << COOPKIT_STAGE_DEPENDENCIES;
  const std::filesystem::path src = std::filesystem::path(COOPKIT_SOURCE_DIR) / "src";
  std::vector<SourceFile> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(src)) {
    const std::string extension = entry.path().extension().string();
    if (extension != ".h" && extension != ".cc") continue;
    files.push_back({entry.path().lexically_relative(src).string(), ReadText(entry.path())});
  }
  ASSERT_GT(files.size(), 100u);
  std::vector<std::string> violations = IncludeViolations(stages, files);
  std::string all;
  for (const std::string& violation : violations) all += violation + "\n";
  EXPECT_TRUE(violations.empty()) << all;
}

}  // namespace
}  // namespace coopkit::structure
