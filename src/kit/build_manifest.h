// What each document of the output folder was made from, kept beside it in
// `build-manifest.json`: the fingerprint of every file its last build read
// (content, Markdown, templates and partials, theme, fonts, images,
// hyphenation patterns, kit.yaml), of its settings (tool version, format,
// draft) and of the file written, with its warnings. As ninja's log of
// dependencies: a document is up to date when none of the files it read last
// time changed, since it can only read a new file through one that did.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/content_hash.h"
#include "base/diagnostic.h"

namespace coopkit::kit {

struct ManifestEntry {
  std::string name;
  std::string output;       // the file written, in the output folder
  std::string output_hash;  // of its bytes
  std::string settings;     // fingerprint of what is not a file: version, format, draft
  int pages = 0;
  size_t bytes = 0;
  std::map<std::string, std::string> inputs;  // fingerprint by path
  /// Given again when the document is not rebuilt; all but the warning
  /// that its first page has no picture, which the index page gives again
  /// itself only while the picture is still missing.
  std::vector<Diagnostic> warnings;
};

class BuildManifest {
 public:
  static constexpr const char* kFileName = "build-manifest.json";

  /// The manifest in `text`; empty (every document is rebuilt) when `text`
  /// is not one, from another tool or damaged.
  static BuildManifest Parse(const std::string& text);

  std::string ToJson() const;

  /// The entry of the document named `name`, or null.
  const ManifestEntry* Find(const std::string& name) const;

  /// Adds `entry`, replacing the one of the same name.
  void Put(ManifestEntry entry);

  /// Drops the entries of documents not named in `names` (no longer in the kit).
  void KeepOnly(const std::vector<std::string>& names);

  const std::vector<ManifestEntry>& entries() const { return entries_; }

 private:
  std::vector<ManifestEntry> entries_;  // in the order put
};

/// True when the document `entry` describes needs no build: same settings,
/// its file in `out_dir` still the one written, and every input as it was.
bool IsUpToDate(const ManifestEntry& entry, const std::string& settings, const std::string& out_dir,
                FileHasher* hasher);

}  // namespace coopkit::kit
