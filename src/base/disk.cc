#include "base/disk.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>  // rename, renameat2
#include <cstring>
#include <filesystem>
#include <optional>

#include "base/file_kind.h"

namespace coopkit {
namespace {

std::string Failure(const char* what, const std::string& path) {
  return std::string(what) + " " + path + ": " + std::strerror(errno);
}

class SystemFile : public WritableFile {
 public:
  explicit SystemFile(int fd) : fd_(fd) {}
  ~SystemFile() override {
    if (fd_ >= 0) close(fd_);
  }

  bool Append(std::string_view bytes, std::string* error) override {
    while (!bytes.empty()) {
      ssize_t n = write(fd_, bytes.data(), bytes.size());
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        if (n == 0) errno = ENOSPC;
        *error = std::strerror(errno);
        return false;
      }
      bytes.remove_prefix(static_cast<size_t>(n));
    }
    return true;
  }

  bool Close(std::string* error) override {
    bool synced = fsync(fd_) == 0;
    if (!synced) *error = std::strerror(errno);
    int fd = fd_;
    fd_ = -1;
    if (close(fd) != 0 && synced) {
      *error = std::strerror(errno);
      return false;
    }
    return synced;
  }

 private:
  int fd_;
};

class SystemDiskImpl : public Disk {
 public:
  std::unique_ptr<WritableFile> CreateUnique(const std::string& path_template, std::string* path,
                                             std::string* error) override {
    std::string name = path_template;
    int fd = mkstemp(name.data());
    if (fd < 0) {
      *error = std::strerror(errno);
      return nullptr;
    }
    fchmod(fd, 0644);  // mkstemp's 0600 would stay on the renamed file
    *path = std::move(name);
    return std::make_unique<SystemFile>(fd);
  }

  // Only a file, or a link, is replaced: never a device, a pipe or a folder.
  bool Rename(const std::string& from, const std::string& to, std::string* error) override {
    struct stat status {};
    if (lstat(to.c_str(), &status) == 0 && !S_ISLNK(status.st_mode)) {
      if (std::optional<std::string> special = NotARegularFile(status.st_mode)) {
        *error = "cannot replace " + to + ": " + *special;
        return false;
      }
    }
    if (std::rename(from.c_str(), to.c_str()) == 0) return true;
    *error = Failure("cannot replace", to);
    return false;
  }

  bool RenameNoReplace(const std::string& from, const std::string& to, bool* exists,
                       std::string* error) override {
    int result = renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE);
    if (result != 0 && (errno == EINVAL || errno == ENOSYS)) {
      // A file system without the flag: a hard link is just as exclusive.
      result = link(from.c_str(), to.c_str());
      if (result == 0) unlink(from.c_str());
    }
    *exists = result != 0 && errno == EEXIST;
    if (result == 0) return true;
    *error = Failure("cannot write", to);
    return false;
  }

  bool Remove(const std::string& path) override { return unlink(path.c_str()) == 0; }

  bool CreateFolders(const std::string& folder, std::string* error) override {
    std::error_code failure;
    std::filesystem::create_directories(folder, failure);
    if (!failure) return true;
    *error = "cannot create the folder " + folder + ": " + failure.message();
    return false;
  }

  bool SyncFolder(const std::string& folder, std::string* error) override {
    int fd = open(folder.c_str(), O_RDONLY | O_DIRECTORY);
    bool ok = fd >= 0 && fsync(fd) == 0;
    if (!ok) *error = Failure("cannot flush the folder", folder);
    if (fd >= 0) close(fd);
    return ok;
  }

  std::vector<std::string> List(const std::string& folder) override {
    std::vector<std::string> names;
    DIR* dir = opendir(folder.c_str());
    if (!dir) return names;
    while (const dirent* entry = readdir(dir)) {
      std::string_view name = entry->d_name;
      if (name != "." && name != "..") names.emplace_back(name);
    }
    closedir(dir);
    return names;
  }
};

}  // namespace

Disk* SystemDisk() {
  static SystemDiskImpl disk;
  return &disk;
}

}  // namespace coopkit
