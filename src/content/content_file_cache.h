// What the kits of one run read alike, read and checked once for all of
// them: the kits of a batch all read the workshop's own content (the forum,
// the guide, the legal forms), kit.yaml, the theme and the schemas, besides
// their contribution's event. The first kit to ask reads a file; the others
// get a copy of its tree and of its problems. Only for files that do not
// change during the run. Thread-safe.
#pragma once

#include <optional>

#include "base/diagnostic.h"
#include "base/once_cache.h"
#include "content/content_schema.h"
#include "content/content_value.h"
#include "content/kit_manifest.h"

namespace coopkit::content {

/// One content file as read: its tree, whether it passed its checks, and
/// what reading it reported.
struct LoadedContentFile {
  std::optional<ContentValue> root;  // absent when unreadable
  bool checked = false;              // read, a map, and valid against its schema
  DiagnosticList problems;
};

/// One schema as read, and what reading it reported.
struct LoadedSchema {
  std::optional<ContentSchema> schema;  // absent after any error in it
  DiagnosticList problems;
};

/// kit.yaml as read, and what reading it reported.
struct LoadedKitManifest {
  std::optional<KitManifest> manifest;  // absent after any error in it
  DiagnosticList problems;
};

struct ContentFileCache {
  OnceCache<LoadedContentFile> files;      // by folder and name
  OnceCache<LoadedSchema> schemas;         // by folder and name
  OnceCache<LoadedKitManifest> manifests;  // by content and templates folder
  OnceCache<LoadedContentFile> themes;     // by folder and name, not checked
};

}  // namespace coopkit::content
