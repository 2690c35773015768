// What one run of coopkit works on: the folders it reads and writes and the
// documents it builds. Filled by the command line, read by KitBuilder.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "content/kit_manifest.h"
#include "kit/kit_index_page.h"

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
  /// Also writes every A5 portrait document imposed as a booklet, as
  /// kit.yaml's `booklet: true` does for one.
  bool booklet = false;
  /// Builds every document for a print shop: a bleed and crop marks.
  bool print_marks = false;
  /// Rebuilds every document, even those whose inputs did not change since
  /// the build recorded in the output folder's build manifest.
  bool force = false;
  /// Where the kit's sources are (a repository's page), linked from the
  /// index page; empty for none.
  std::string sources_url;
  /// Treats every warning as an error (for CI): a build with one writes
  /// nothing and fails.
  bool strict = false;
  /// The scopes of the documents this run builds (kit.yaml's `scope:`):
  /// `build` builds a contribution's and the workshop's documents.
  std::set<content::DocumentScope> scopes = {content::DocumentScope::kContribution,
                                             content::DocumentScope::kWorkshop};
  /// Content files read from elsewhere than the content folder, by their
  /// name in kit.yaml: a batch's contribution event, its programme.
  std::map<std::string, std::string> content_elsewhere;
  /// Links the out folder's index.html lists after the documents: a
  /// forum's page links to each published contribution's kit.
  std::vector<IndexLink> index_links;
  /// The heading of index.html; empty for the kit's title (a forum's page
  /// is titled with the forum's name).
  std::string index_title;
  /// Fixes the PDFs' dates so that two builds are byte-identical.
  std::optional<int64_t> source_date_epoch;
};

}  // namespace coopkit::kit
