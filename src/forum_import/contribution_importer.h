// `coopkit import`: forum exports made into event content files. One
// export becomes `<content>/event.yaml`, the file a kit reads; several
// become `<content>/<export's name>.yaml` each. A file already there is
// replaced only when asked (`replace`), since it may hold hand edits, and
// only if import wrote it (never kit.yaml, a theme or a chapter); one whose
// text would not change is left as it is.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/disk.h"
#include "forum_import/event_content.h"

namespace coopkit::forum_import {

struct ImportOutcome {
  std::vector<std::string> written;    // paths written or replaced
  std::vector<std::string> unchanged;  // paths whose text was already this
  bool output_failed = false;          // a file could not be written
};

/// The event content (event.yaml's text) of the forum export `export_file`,
/// or nullopt after errors, all at their place in the export.
std::optional<std::string> ImportedEventContent(const std::string& export_file,
                                                DiagnosticList* diagnostics,
                                                MissingLabels missing = MissingLabels::kWarning);

/// Imports every file of `export_files` into `content_dir`. Each export
/// succeeds or fails on its own; its mistakes are in `diagnostics`.
ImportOutcome ImportContributions(const std::vector<std::string>& export_files,
                                  const std::string& content_dir, bool replace,
                                  DiagnosticList* diagnostics, Disk* disk = SystemDisk());

}  // namespace coopkit::forum_import
