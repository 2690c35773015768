// A file written under a temporary name beside its target, and renamed onto
// the target only by Commit(), once flushed to disk: whoever reads the target
// finds the previous file or the complete new one, never a partial file. A
// PendingFile dropped without Commit() removes its temporary file, and so
// does an interrupted run (base/interrupt_cleanup.h); the next run removes
// those a killed process could not (RemoveAbandoned).
//
//   std::unique_ptr<PendingFile> file = PendingFile::Create(disk, "out/guide.pdf", &error);
//   file->Append(bytes, &error); ... file->Close(&error);
//   if (!file->Commit(&error)) ...
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "base/disk.h"
#include "base/writable_file.h"

namespace coopkit {

class PendingFile : public WritableFile {
 public:
  /// Creates the empty temporary file "<target>.tmp-<pid>-XXXXXX" in the
  /// target's folder; nullptr with `error` set when that folder is not
  /// writable.
  static std::unique_ptr<PendingFile> Create(Disk* disk, const std::string& target,
                                             std::string* error);

  /// Removes the temporary files left beside `target` by runs whose process
  /// is gone (killed, or the machine stopped); those of a run still going on
  /// are kept.
  static void RemoveAbandoned(Disk* disk, const std::string& target);
  /// The same for every file of `folder`, whatever its target: for a folder
  /// whose files' names change from build to build.
  static void RemoveAbandonedIn(Disk* disk, const std::string& folder);

  PendingFile(const PendingFile&) = delete;
  PendingFile& operator=(const PendingFile&) = delete;
  ~PendingFile() override;

  const std::string& target() const { return target_; }
  const std::string& temporary_path() const { return temporary_path_; }

  bool Append(std::string_view bytes, std::string* error) override;
  bool Close(std::string* error) override;

  /// True once an Append() or Close() failed: the disk, not the content,
  /// stopped the writing.
  bool failed() const { return failed_; }

  /// Renames the temporary file onto the target, after Close() if it was not
  /// called. Returns false with `error` set, the target untouched and the
  /// temporary file removed, on failure.
  bool Commit(std::string* error);

  /// As Commit(), but only if the target does not exist yet, atomically
  /// (`coopkit new` never overwrites a file); `*target_exists` tells why it
  /// failed when it did.
  bool CommitNew(bool* target_exists, std::string* error);

 private:
  PendingFile(Disk* disk, std::string target, std::string temporary_path,
              std::unique_ptr<WritableFile> file)
      : disk_(disk),
        target_(std::move(target)),
        temporary_path_(std::move(temporary_path)),
        file_(std::move(file)) {}
  void Discard();
  template <typename Rename>
  bool CommitWith(Rename rename, std::string* error);

  Disk* disk_;
  std::string target_;
  std::string temporary_path_;          // empty once committed or discarded
  std::unique_ptr<WritableFile> file_;  // null once closed
  bool failed_ = false;
};

}  // namespace coopkit
