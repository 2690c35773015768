#include "tests/e2e/shipped_kit.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "base/diagnostic.h"
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
