#include "tests/support/faulty_disk.h"

#include <cerrno>
#include <cstring>

namespace coopkit::testing {

class FaultyDisk::File : public WritableFile {
 public:
  File(const FaultyDisk* disk, std::unique_ptr<WritableFile> real)
      : disk_(disk), real_(std::move(real)) {}

  bool Append(std::string_view bytes, std::string* error) override {
    bool run_action = false;
    {
      std::lock_guard<std::mutex> lock(disk_->mutex_);
      run_action = disk_->action_ && disk_->appends_ + 1 == disk_->before_append_;
    }
    if (run_action) disk_->action_();
    if (disk_->Next(&disk_->appends_, disk_->fail_append_)) {
      // A full disk takes part of the bytes, then refuses the rest.
      real_->Append(bytes.substr(0, bytes.size() / 2), error);
      *error = std::strerror(ENOSPC);
      return false;
    }
    return real_->Append(bytes, error);
  }

  bool Close(std::string* error) override {
    bool closed = real_->Close(error);
    if (!disk_->Next(&disk_->closes_, disk_->fail_close_)) return closed;
    *error = std::strerror(EIO);
    return false;
  }

 private:
  const FaultyDisk* disk_;
  std::unique_ptr<WritableFile> real_;
};

bool FaultyDisk::Next(int* count, int fail_at) const {
  std::lock_guard<std::mutex> lock(mutex_);
  return ++*count == fail_at;
}

int FaultyDisk::appends() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return appends_;
}

int FaultyDisk::renames() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return renames_;
}

std::unique_ptr<WritableFile> FaultyDisk::CreateUnique(const std::string& path_template,
                                                       std::string* path, std::string* error) {
  std::unique_ptr<WritableFile> real = SystemDisk()->CreateUnique(path_template, path, error);
  if (!real) return nullptr;
  return std::make_unique<File>(this, std::move(real));
}

bool FaultyDisk::Rename(const std::string& from, const std::string& to, std::string* error) {
  if (!Next(&renames_, fail_rename_)) return SystemDisk()->Rename(from, to, error);
  *error = "cannot replace " + to + ": " + std::strerror(EACCES);
  return false;
}

bool FaultyDisk::RenameNoReplace(const std::string& from, const std::string& to, bool* exists,
                                 std::string* error) {
  if (!Next(&renames_, fail_rename_)) return SystemDisk()->RenameNoReplace(from, to, exists, error);
  *exists = false;
  *error = "cannot write " + to + ": " + std::strerror(EACCES);
  return false;
}

bool FaultyDisk::Remove(const std::string& path) { return SystemDisk()->Remove(path); }

bool FaultyDisk::CreateFolders(const std::string& folder, std::string* error) {
  return SystemDisk()->CreateFolders(folder, error);
}

bool FaultyDisk::SyncFolder(const std::string& folder, std::string* error) {
  return SystemDisk()->SyncFolder(folder, error);
}

std::vector<std::string> FaultyDisk::List(const std::string& folder) {
  return SystemDisk()->List(folder);
}

}  // namespace coopkit::testing
