// The kit's content files, each read and checked against its schema once,
// however many documents of the kit use it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "content/content_value.h"
#include "content/kit_manifest.h"
#include "content/todo_mark.h"

namespace coopkit::content {

class ContentFiles {
 public:
  /// Reads every content file of `documents` once; problems go to
  /// `diagnostics`, each reported once.
  static ContentFiles Load(const KitManifest& manifest,
                           const std::vector<const DocumentSpec*>& documents,
                           DiagnosticList* diagnostics);

  /// The file's top-level map (or null value for an empty file); nullptr
  /// when it could not be read or did not pass its checks.
  const ContentValue* Find(const std::string& file) const;

  /// Every TODO mark left in the files that could be read, file by file.
  std::vector<TodoMark> TodoMarks() const;

 private:
  struct File {
    std::optional<ContentValue> root;  // absent when unreadable
    bool checked = false;              // read, a map, and valid against its schema
  };
  std::map<std::string, File> files_;
  std::vector<std::string> order_;  // in the order first named
};

}  // namespace coopkit::content
