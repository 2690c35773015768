// The one-way arrows of the pipeline, checked on the sources: each stage of
// src/ may include its own headers and those of the stages it declares in
// CMake (coopkit_stage DEPENDS, written to stage_dependencies.txt), and of
// theirs; its tests may also include their TEST_DEPENDS and tests/. Inside
// layout, the folders are layers: inline/ may not include blocks/ or flow/,
// blocks/ may not include flow/, and layout's own top-level headers (the
// Block contract and the theme) include none of the three; tests may lay a
// block out through flow/'s PageComposer.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

namespace coopkit::structure {

struct Stage {
  std::string folder;               // under src/: "backends/pdf"
  std::set<std::string> uses;       // stage names, as declared
  std::set<std::string> tests_use;  // more stage names, for *_test.cc
};

/// Stages by name, read from stage_dependencies.txt's text.
std::map<std::string, Stage> ParseStageDependencies(const std::string& text);

struct SourceFile {
  std::string path;  // under src/: "layout/inline/text_lines.cc"
  std::string text;
};

/// One sentence per #include "…" that breaks a rule:
/// "layout/inline/a.cc:3 includes kit/b.h: layout does not use kit".
std::vector<std::string> IncludeViolations(const std::map<std::string, Stage>& stages,
                                           const std::vector<SourceFile>& files);

}  // namespace coopkit::structure
