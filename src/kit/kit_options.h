// What one run of coopkit works on: the folders it reads and writes and the
// documents it builds. Filled by the command line, read by KitBuilder.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace coopkit::kit {

struct KitOptions {
  std::string content_dir = "content";
  std::string templates_dir = "templates";
  std::string out_dir = "out";
  std::string fonts_dir = "fonts";
  std::string theme_file;         // overrides the manifest's theme when set
  std::vector<std::string> only;  // document names; empty means all
  bool write = true;              // false for `coopkit check`
  /// Builds despite TODO marks left in the content, marking every page of
  /// every document « BROUILLON ».
  bool draft = false;
  /// Rebuilds every document, even those whose inputs did not change since
  /// the build recorded in the output folder's build manifest.
  bool force = false;
  /// Where the kit's sources are (a repository's page), linked from the
  /// index page; empty for none.
  std::string sources_url;
  /// Treats every warning as an error (for CI): a build with one writes
  /// nothing and fails.
  bool strict = false;
  /// Fixes the PDFs' dates so that two builds are byte-identical.
  std::optional<int64_t> source_date_epoch;
};

}  // namespace coopkit::kit
