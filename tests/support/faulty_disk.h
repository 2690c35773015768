// A Disk that is the real one until told to fail: the nth write fails as on
// a full disk, the nth close or rename fails, or something (a signal) happens
// just before the nth write. Counts are 1-based and run across all files.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "base/disk.h"

namespace coopkit::testing {

class FaultyDisk : public Disk {
 public:
  void FailAppend(int n) { fail_append_ = n; }
  void FailClose(int n) { fail_close_ = n; }
  void FailRename(int n) { fail_rename_ = n; }
  /// Runs `action` just before the nth Append reaches the disk.
  void BeforeAppend(int n, std::function<void()> action) {
    before_append_ = n;
    action_ = std::move(action);
  }

  int appends() const;
  int renames() const;

  std::unique_ptr<WritableFile> CreateUnique(const std::string& path_template, std::string* path,
                                             std::string* error) override;
  bool Rename(const std::string& from, const std::string& to, std::string* error) override;
  bool RenameNoReplace(const std::string& from, const std::string& to, bool* exists,
                       std::string* error) override;
  bool Remove(const std::string& path) override;
  bool CreateFolders(const std::string& folder, std::string* error) override;
  bool SyncFolder(const std::string& folder, std::string* error) override;
  std::vector<std::string> List(const std::string& folder) override;

 private:
  class File;
  /// Counts one more call in `*count`; true when that is the one to fail.
  bool Next(int* count, int fail_at) const;

  int fail_append_ = 0, fail_close_ = 0, fail_rename_ = 0, before_append_ = 0;
  std::function<void()> action_;
  mutable std::mutex mutex_;
  mutable int appends_ = 0, closes_ = 0, renames_ = 0;
};

}  // namespace coopkit::testing
