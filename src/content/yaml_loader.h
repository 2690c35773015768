// Reads the user's YAML files into ContentValue trees with exact positions.
// On top of yaml-cpp it reports what yaml-cpp lets through silently
// (duplicate keys, malformed UTF-8) and resolves `!markdown file.md`
// scalars into the content of that file, read from inside the content folder.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostic.h"
#include "content/content_value.h"

namespace coopkit::content {

class YamlLoader {
 public:
  /// `content_dir` is the folder that file names and `!markdown` paths are
  /// relative to. Every problem is added to `diagnostics`.
  YamlLoader(std::string content_dir, DiagnosticList* diagnostics);

  /// Loads `relative_path` from the content folder; nullopt after any error.
  std::optional<ContentValue> Load(const std::string& relative_path);

  /// Parses `text`, naming it `file` in messages; nullopt after any error.
  std::optional<ContentValue> Parse(std::string_view text, const std::string& file);

  const std::string& content_dir() const { return content_dir_; }

 private:
  std::string content_dir_;
  DiagnosticList* diagnostics_;
};

}  // namespace coopkit::content
