#include "base/pending_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>

namespace coopkit {

std::optional<PendingFile> PendingFile::Create(const std::string& target, std::string* error) {
  std::string temporary = target + ".tmp-XXXXXX";
  int fd = mkstemp(temporary.data());
  if (fd < 0) {
    *error = "cannot create a temporary file beside " + target + ": " + std::strerror(errno);
    return std::nullopt;
  }
  fchmod(fd, 0644);  // mkstemp's 0600 would stay on the renamed file
  close(fd);
  return PendingFile(target, std::move(temporary));
}

PendingFile::PendingFile(PendingFile&& other) noexcept
    : target_(std::move(other.target_)),
      temporary_path_(std::exchange(other.temporary_path_, {})) {}

PendingFile& PendingFile::operator=(PendingFile&& other) noexcept {
  if (this != &other) {
    Discard();
    target_ = std::move(other.target_);
    temporary_path_ = std::exchange(other.temporary_path_, {});
  }
  return *this;
}

PendingFile::~PendingFile() { Discard(); }

void PendingFile::Discard() {
  if (!temporary_path_.empty()) std::remove(temporary_path_.c_str());
  temporary_path_.clear();
}

bool PendingFile::Commit(std::string* error) {
  if (temporary_path_.empty()) {
    *error = "nothing to write to " + target_;
    return false;
  }
  int fd = open(temporary_path_.c_str(), O_RDONLY);
  bool ok = fd >= 0 && fsync(fd) == 0;
  if (fd >= 0) ok = close(fd) == 0 && ok;
  if (ok && std::rename(temporary_path_.c_str(), target_.c_str()) == 0) {
    temporary_path_.clear();
    return true;
  }
  *error = "cannot write " + target_ + ": " + std::strerror(errno);
  Discard();
  return false;
}

}  // namespace coopkit
