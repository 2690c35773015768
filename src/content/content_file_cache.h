// Content files read and checked once for every kit of a run that reads
// them: the kits of a batch all read the workshop's own content (the forum,
// the guide, the legal forms) besides their contribution's event. Each file
// is parsed and checked against its schema by the first kit that asks for it;
// the others get a copy of its tree and of its problems. Only for files that
// do not change during the run. Thread-safe.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "base/diagnostic.h"
#include "content/content_value.h"

namespace coopkit::content {

/// One content file as read: its tree, whether it passed its checks, and
/// what reading it reported.
struct LoadedContentFile {
  std::optional<ContentValue> root;  // absent when unreadable
  bool checked = false;              // read, a map, and valid against its schema
  DiagnosticList problems;
};

class ContentFileCache {
 public:
  using Loader = std::function<LoadedContentFile()>;

  /// The file known as `key` (its folder and name), read by `load` the first
  /// time it is asked for; a second thread asking meanwhile waits for it.
  std::shared_ptr<const LoadedContentFile> Get(const std::string& key, const Loader& load);

 private:
  struct Slot {
    std::once_flag loaded;
    LoadedContentFile file;
  };

  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<Slot>> slots_;
};

}  // namespace coopkit::content
