// Layout reference traces, after SILE's and Typst's layout tests: each
// tests/layout/<case>.md is laid out with the shipped theme and fonts by the
// coopkit command (`format: trace`) and its trace must equal
// tests/layout/<case>.trace, line for line. A first line
// `<!-- paper: A4 landscape -->` chooses the paper (A5 portrait otherwise).
//
// After a change that moves things on purpose, review the new traces and
// accept them with:
//   COOPKIT_UPDATE_TRACES=1 ctest --preset release -R LayoutTrace
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>

#include "tests/e2e/shipped_kit.h"
#include "tests/layout/trace_difference.h"
#include "tests/support/tool_runner.h"

namespace coopkit::testing {
namespace {

namespace fs = std::filesystem;

const std::string kCases = std::string(COOPKIT_SOURCE_DIR) + "/tests/layout";

std::vector<std::string> CaseNames() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(kCases))
    if (entry.path().extension() == ".md") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

// `paper: A5` and `orientation: portrait`, or what the case's first line says.
std::string PaperOf(const std::string& case_path) {
  std::ifstream in(case_path);
  std::string first;
  std::getline(in, first);
  std::smatch match;
  if (!std::regex_match(first, match,
                        std::regex(R"(<!-- paper: (A[345])(?: (portrait|landscape))? -->)")))
    return "    paper: A5\n    orientation: portrait\n";
  return "    paper: " + match[1].str() +
         "\n    orientation: " + (match[2].matched ? match[2].str() : std::string("portrait")) +
         "\n";
}

// Every case as one document of a kit made for the purpose, built once.
class LayoutTraceTest : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() {
    content_ = new TempDir();
    out_ = new TempDir();
    fs::copy_file(std::string(COOPKIT_SOURCE_DIR) + "/content/theme.yaml",
                  content_->File("theme.yaml"));
    std::string kit =
        "kit:\n  title: Références de mise en page\n  updated: 2026-11-26\n  theme: theme.yaml\n"
        "documents:\n";
    for (const std::string& name : CaseNames()) {
      fs::copy_file(kCases + "/" + name + ".md", content_->File(name + ".md"));
      std::ofstream(content_->File(name + ".yaml"))
          << "case:\n  body: !markdown " << name << ".md\n";
      kit += "  - name: " + name + "\n    title: " + name + "\n    template: case.mustache\n" +
             "    content: [" + name + ".yaml]\n    format: trace\n    output: " + name +
             ".trace\n" + PaperOf(kCases + "/" + name + ".md");
    }
    std::ofstream(content_->File("kit.yaml")) << kit;
    result_ = new CommandResult(Coopkit("build -q --content " + ShellQuote(content_->path()) +
                                        " --templates " + ShellQuote(kCases + "/templates") +
                                        " --out " + ShellQuote(out_->path())));
  }
  static void TearDownTestSuite() {
    delete result_;
    delete out_;
    delete content_;
  }

  // The trace of `name`, its temporary content folder written `content`.
  static std::string TraceOf(const std::string& name) {
    std::string trace = ReadAll(out_->File(name + ".trace"));
    for (size_t at = 0; (at = trace.find(content_->path(), at)) != std::string::npos;)
      trace.replace(at, content_->path().size(), "content");
    return trace;
  }

  static TempDir* content_;
  static TempDir* out_;
  static CommandResult* result_;
};

TempDir* LayoutTraceTest::content_ = nullptr;
TempDir* LayoutTraceTest::out_ = nullptr;
CommandResult* LayoutTraceTest::result_ = nullptr;

TEST_P(LayoutTraceTest, MatchesItsReference) {
  ASSERT_EQ(result_->exit_code, 0) << result_->out;
  const std::string name = GetParam();
  const std::string actual = TraceOf(name);
  ASSERT_FALSE(actual.empty()) << name << ": no trace written";
  const std::string reference_path = kCases + "/" + name + ".trace";
  if (std::getenv("COOPKIT_UPDATE_TRACES")) {
    std::ofstream(reference_path, std::ios::binary) << actual;
    std::printf("updated %s\n", reference_path.c_str());
    return;
  }
  ASSERT_TRUE(fs::exists(reference_path))
      << reference_path << " does not exist: write it with COOPKIT_UPDATE_TRACES=1";
  const std::string difference = TraceDifference(ReadAll(reference_path), actual);
  if (!difference.empty())
    ADD_FAILURE() << reference_path << difference
                  << "\nif the change is intended: COOPKIT_UPDATE_TRACES=1";
}

INSTANTIATE_TEST_SUITE_P(Cases, LayoutTraceTest, ::testing::ValuesIn(CaseNames()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
}  // namespace coopkit::testing
