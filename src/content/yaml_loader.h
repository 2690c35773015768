// Reads the user's YAML files into ContentValue trees with exact positions.
// On top of yaml-cpp it reports what yaml-cpp lets through silently
// (duplicate keys, malformed UTF-8) and resolves `!markdown file.md`
// scalars into the content of that file, read from inside the content folder.
//
// Content comes from many hands, so a file is bounded before it can cost
// memory or stack: its size, each text's size, the depth of nested lists and
// maps, and the number of values and bytes it expands to once aliases are
// replaced by what they name (a few lines of aliases of aliases, a « billion
// laughs », would otherwise expand to gigabytes). Each bound is an error at
// the place where it is crossed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostic.h"
#include "content/content_value.h"

namespace coopkit::content {

/// The bounds above; the defaults leave room for kits a hundred times the
/// shipped one.
struct YamlLimits {
  size_t max_file_bytes = 8 << 20;       // a YAML or Markdown file
  size_t max_scalar_bytes = 1 << 20;     // one text of a YAML file
  int max_depth = 64;                    // lists and maps inside each other
  size_t max_values = 500'000;           // in one file, aliases expanded
  size_t max_expanded_bytes = 64 << 20;  // texts of one file, aliases expanded
};

class YamlLoader {
 public:
  /// `content_dir` is the folder that file names and `!markdown` paths are
  /// relative to. Every problem is added to `diagnostics`.
  YamlLoader(std::string content_dir, DiagnosticList* diagnostics, YamlLimits limits = {});

  /// Loads `relative_path` from the content folder; nullopt after any error.
  /// A `.csv` file is read as a spreadsheet's table (content/csv_table.h).
  std::optional<ContentValue> Load(const std::string& relative_path);

  /// Parses `text`, naming it `file` in messages; nullopt after any error.
  std::optional<ContentValue> Parse(std::string_view text, const std::string& file);

  const std::string& content_dir() const { return content_dir_; }

 private:
  /// A table's `text`, read from `file`: its records under the file's name.
  std::optional<ContentValue> ParseTable(std::string_view text, const std::string& file);

  std::string content_dir_;
  DiagnosticList* diagnostics_;
  YamlLimits limits_;
};

}  // namespace coopkit::content
