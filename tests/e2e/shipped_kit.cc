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

void ContentCopy::ExpectWrittenBut(const std::vector<std::string>& failed) const {
  testing::ExpectWrittenBut(out_.path(), failed, kEarlierGuide);
}

std::vector<std::string> ShippedDocuments() {
  std::vector<std::string> names;
  const content::ContentValue kit = LoadContent("kit.yaml");
  for (const content::ContentValue& document : kit.Find("documents")->items) {
    const content::ContentValue* scope = document.Find("scope");
    if (!scope || scope->scalar != "forum") names.push_back(document.Find("name")->scalar);
  }
  return names;
}

void ExpectWrittenBut(const std::string& out_dir, const std::vector<std::string>& failed,
                      const std::string& earlier_guide) {
  for (const std::string& name : ShippedDocuments()) {
    const std::string pdf = out_dir + "/" + name + ".pdf";
    const bool kept = std::find(failed.begin(), failed.end(), name) != failed.end();
    if (!kept) {
      EXPECT_TRUE(std::filesystem::exists(pdf)) << name << " was not written";
    } else if (name == "guide") {
      EXPECT_EQ(ReadAll(pdf), earlier_guide) << "the failed guide replaced its earlier file";
    } else {
      EXPECT_FALSE(std::filesystem::exists(pdf)) << name << " failed but was written";
    }
  }
}

// The mark is diagonal, so pdftotext gives it letter by letter: read in
// drawing order (-raw) with white space removed.
bool HasDraftMark(const std::string& pdf, int page) {
  int exit_code = -1;
  std::string text = RunTool("pdftotext -raw -f " + std::to_string(page) + " -l " +
                                 std::to_string(page) + " " + ShellQuote(pdf) + " -",
                             &exit_code);
  std::erase_if(text, [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
  return exit_code == 0 && text.find("BROUILLON") != std::string::npos;
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
