// The kit's content files, each read and checked against its schema once,
// however many documents of the kit use it. Each document takes the files it
// names: a copy while other documents still have to take the file, the tree
// itself for the last one, so that no tree outlives its use.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "content/content_file_cache.h"
#include "content/content_value.h"
#include "content/kit_manifest.h"
#include "content/participant_privacy.h"
#include "content/todo_mark.h"

namespace coopkit::content {

class ContentFiles {
 public:
  /// Reads every content file of `documents` once; problems go to
  /// `diagnostics`, each reported once. With a `cache`, the files of the
  /// content folder come from it (and are read into it the first time).
  static ContentFiles Load(const KitManifest& manifest,
                           const std::vector<const DocumentSpec*>& documents,
                           DiagnosticList* diagnostics, ContentFileCache* cache = nullptr);

  /// The file's top-level map (or null value for an empty file), for one of
  /// the documents given to Load() that name it; nullopt when it could not be
  /// read or did not pass its checks. Thread-safe.
  /// REQUIRES: called at most once per document for each file it names.
  std::optional<ContentValue> Take(const std::string& file);

  /// The files that could not be read or did not pass their checks, as
  /// named in kit.yaml.
  std::set<std::string> FailedFiles() const;

  /// Every TODO mark left in the files that could be read, file by file.
  /// REQUIRES: no file taken yet.
  std::vector<TodoMark> TodoMarks() const;

  /// The TODO marks left in `file` (as named in kit.yaml); none when it
  /// could not be read. REQUIRES: no file taken yet.
  std::vector<TodoMark> TodoMarksOf(const std::string& file) const;

  /// What no document may print, from every participants list of the files
  /// that could be read. REQUIRES: no file taken yet.
  std::vector<ParticipantSecret> ParticipantSecrets() const;

 private:
  struct File {
    std::optional<ContentValue> root;  // absent when unreadable, or taken by the last user
    bool checked = false;              // read, a map, and valid against its schema
    int users = 0;                     // documents that have still to take it
  };
  /// What `find` gives for each file that could be read, in the order the
  /// files were first named.
  template <typename Item>
  std::vector<Item> FromEachFile(std::vector<Item> (*find)(const ContentValue&)) const;

  std::map<std::string, File> files_;
  std::vector<std::string> order_;  // in the order first named
  std::unique_ptr<std::mutex> taking_ = std::make_unique<std::mutex>();
};

}  // namespace coopkit::content
