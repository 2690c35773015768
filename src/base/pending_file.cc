#include "base/pending_file.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <filesystem>
#include <utility>

#include "base/interrupt_cleanup.h"

namespace coopkit {
namespace {

constexpr std::string_view kTemporaryMark = ".tmp-";

std::string FolderOf(const std::string& path) {
  std::filesystem::path parent = std::filesystem::path(path).parent_path();
  return parent.empty() ? "." : parent.string();
}

// A temporary file's name holds the process that writes it, after the mark:
// "guide.pdf.tmp-4242-Ab3dEf". One without a process number comes from an
// older coopkit, long gone.
bool WriterIsGone(std::string_view after_mark) {
  pid_t pid = 0;
  auto [end, failure] =
      std::from_chars(after_mark.data(), after_mark.data() + after_mark.size(), pid);
  if (failure != std::errc() || end == after_mark.data() || *end != '-' || pid <= 0) return true;
  return kill(pid, 0) != 0 && errno == ESRCH;
}

}  // namespace

std::unique_ptr<PendingFile> PendingFile::Create(Disk* disk, const std::string& target,
                                                 std::string* error) {
  std::unique_ptr<WritableFile> file;
  std::string path = InterruptCleanup::CreateTracked([&] {
    std::string created, reason;
    file = disk->CreateUnique(
        target + std::string(kTemporaryMark) + std::to_string(getpid()) + "-XXXXXX", &created,
        &reason);
    if (!file) *error = "cannot create a temporary file beside " + target + ": " + reason;
    return file ? created : std::string();
  });
  if (!file) return nullptr;
  return std::unique_ptr<PendingFile>(new PendingFile(disk, target, path, std::move(file)));
}

namespace {

// Removes the temporary files in `folder` of the target named `target_name`
// (of any target when empty) whose writer is gone.
void RemoveAbandonedOf(Disk* disk, const std::string& folder, const std::string& target_name) {
  for (const std::string& name : disk->List(folder)) {
    const size_t mark = name.find(kTemporaryMark);
    if (mark == std::string::npos || (!target_name.empty() && name.substr(0, mark) != target_name))
      continue;
    if (WriterIsGone(std::string_view(name).substr(mark + kTemporaryMark.size())))
      disk->Remove(folder + "/" + name);
  }
}

}  // namespace

void PendingFile::RemoveAbandoned(Disk* disk, const std::string& target) {
  RemoveAbandonedOf(disk, FolderOf(target), std::filesystem::path(target).filename().string());
}

void PendingFile::RemoveAbandonedIn(Disk* disk, const std::string& folder) {
  RemoveAbandonedOf(disk, folder, "");
}

PendingFile::~PendingFile() { Discard(); }

void PendingFile::Discard() {
  file_.reset();
  if (temporary_path_.empty()) return;
  disk_->Remove(temporary_path_);
  InterruptCleanup::Forget(temporary_path_);
  temporary_path_.clear();
}

bool PendingFile::Append(std::string_view bytes, std::string* error) {
  if (failed_ || !file_) {
    *error = "cannot write " + target_ + ": the file is closed";
    return false;
  }
  std::string reason;
  failed_ = !file_->Append(bytes, &reason);
  if (failed_) *error = "cannot write " + target_ + ": " + reason;
  return !failed_;
}

bool PendingFile::Close(std::string* error) {
  if (!file_) return !failed_;
  std::string reason;
  if (!file_->Close(&reason) && !failed_) {
    failed_ = true;
    *error = "cannot write " + target_ + ": " + reason;
  }
  file_.reset();
  return !failed_;
}

template <typename Rename>
bool PendingFile::CommitWith(Rename rename, std::string* error) {
  if (temporary_path_.empty()) {
    *error = "nothing to write to " + target_;
    return false;
  }
  if (!Close(error) || !rename()) {
    Discard();
    return false;
  }
  InterruptCleanup::Forget(temporary_path_);
  temporary_path_.clear();
  return true;
}

bool PendingFile::Commit(std::string* error) {
  return CommitWith([&] { return disk_->Rename(temporary_path_, target_, error); }, error);
}

bool PendingFile::CommitNew(bool* target_exists, std::string* error) {
  *target_exists = false;
  return CommitWith(
      [&] { return disk_->RenameNoReplace(temporary_path_, target_, target_exists, error); },
      error);
}

}  // namespace coopkit
