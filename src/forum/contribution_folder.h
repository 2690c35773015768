// The contributions of a forum, as `build --batch DIR` finds them: every
// forum export (`.txt`) and every event content file (`.yaml`, `.yml`) of
// the folder, not of its subfolders, sorted by file name so that every run
// and every shard sees the same list. Hidden files are skipped; any other
// file is a warning, never read.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace coopkit::forum {

struct ContributionFile {
  std::string path;
  /// Its kit's folder name in out/ (ContributionSlug of the file's name).
  std::string slug;
  /// A forum export, read by `coopkit import`; else an event content file.
  bool is_export = false;
};

/// The contributions of `folder`; problems go to `diagnostics`, and a file
/// with one (two files giving one folder name, a name with no letter) is
/// left out.
std::vector<ContributionFile> ListContributionFiles(const std::string& folder,
                                                    DiagnosticList* diagnostics);

}  // namespace coopkit::forum
