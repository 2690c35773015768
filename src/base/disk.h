// The file-system operations coopkit's output goes through, behind an
// interface (as ninja's DiskInterface or leveldb's Env) so that tests inject
// a full disk, a failed rename or a signal between two writes.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/writable_file.h"

namespace coopkit {

class Disk {
 public:
  virtual ~Disk() = default;

  /// Creates a new file (mode 0644) whose path is `path_template` with its
  /// trailing "XXXXXX" replaced to make it unique, and stores that path in
  /// `path`. nullptr with `error` set to the reason when the folder is not
  /// writable.
  virtual std::unique_ptr<WritableFile> CreateUnique(const std::string& path_template,
                                                     std::string* path, std::string* error) = 0;

  /// Renames `from` onto `to`, replacing it atomically; refused when `to`
  /// is there but is not a file (a device, a named pipe, a folder).
  virtual bool Rename(const std::string& from, const std::string& to, std::string* error) = 0;

  /// Renames `from` to `to` only if `to` does not exist, atomically; false
  /// with `*exists` set when it does.
  virtual bool RenameNoReplace(const std::string& from, const std::string& to, bool* exists,
                               std::string* error) = 0;

  /// Removes a file; false when it could not be removed (or was not there).
  virtual bool Remove(const std::string& path) = 0;

  /// Makes `folder` and its missing parents.
  virtual bool CreateFolders(const std::string& folder, std::string* error) = 0;

  /// Flushes `folder`'s entries (the renames made in it) to stable storage.
  virtual bool SyncFolder(const std::string& folder, std::string* error) = 0;

  /// The names of the entries of `folder`; empty when it cannot be read.
  virtual std::vector<std::string> List(const std::string& folder) = 0;
};

/// The real file system. Thread-safe.
Disk* SystemDisk();

}  // namespace coopkit
