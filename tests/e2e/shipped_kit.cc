#include "tests/e2e/shipped_kit.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "base/diagnostic.h"
#include "base/file_io.h"
#include "content/yaml_loader.h"
#include "markup/french_typography.h"
#include "tests/e2e/pdf_probe.h"
#include "tests/support/tool_runner.h"

namespace coopkit::testing {

CommandResult Coopkit(const std::string& arguments, const std::string& env) {
  CommandResult r;
  r.out = RunTool("cd " + ShellQuote(COOPKIT_SOURCE_DIR) + " && " + env + " " +
                      ShellQuote(COOPKIT_BINARY) + " " + arguments + " 2>&1",
                  &r.exit_code);
  return r;
}

BuiltKit::BuiltKit(const std::string& only)
    : result_(Coopkit("build " + (only.empty() ? std::string() : "--only " + only + " ") +
                          "--out " + ShellQuote(out_.path()),
                      std::string("SOURCE_DATE_EPOCH=") + kEpoch)) {}

namespace {
constexpr char kEarlierGuide[] = "previous build";
}  // namespace

ContentCopy::ContentCopy() {
  namespace fs = std::filesystem;
  fs::copy(std::string(COOPKIT_SOURCE_DIR) + "/content", content_.path(),
           fs::copy_options::recursive);
  fs::copy(std::string(COOPKIT_SOURCE_DIR) + "/templates", templates_.path(),
           fs::copy_options::recursive);
  std::ofstream(out_.File("guide.pdf")) << kEarlierGuide;
}

void ContentCopy::Replace(const std::string& path, const std::string& from,
                          const std::string& to) const {
  std::string error;
  std::string text = ReadFile(path, &error).value_or("");
  size_t at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from << " not in " << path;
  text.replace(at, from.size(), to);
  std::ofstream(path, std::ios::binary) << text;
}

CommandResult ContentCopy::Build() const {
  return Coopkit("build --content " + ShellQuote(content_.path()) + " --templates " +
                 ShellQuote(templates_.path()) + " --out " + ShellQuote(out_.path()));
}

void ContentCopy::ExpectNothingWritten() const {
  std::string error;
  EXPECT_EQ(ReadFile(out_.File("guide.pdf"), &error), kEarlierGuide);
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(out_.path()),
                          std::filesystem::directory_iterator()),
            1);
}

std::vector<std::string> PdfsIn(const std::string& folder) {
  std::vector<std::string> pdfs;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() == ".pdf") pdfs.push_back(entry.path().string());
  }
  std::sort(pdfs.begin(), pdfs.end());
  return pdfs;
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

content::ContentValue LoadContent(const std::string& file) {
  DiagnosticList diagnostics;
  content::YamlLoader loader(std::string(COOPKIT_SOURCE_DIR) + "/content", &diagnostics);
  auto value = loader.Load(file);
  EXPECT_TRUE(value.has_value()) << file;
  return value.value_or(content::ContentValue());
}

std::string Comparable(const std::string& text) {
  std::string s = NormalizeText(text);
  s.erase(std::remove(s.begin(), s.end(), '-'), s.end());
  return s;
}

std::string Typeset(const std::string& content_text) {
  return Comparable(markup::FrenchTypography().ApplyToText(content_text));
}

}  // namespace coopkit::testing
