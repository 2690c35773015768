// A file written under a temporary name beside its target, and renamed onto
// the target only by Commit(), once flushed to disk: whoever reads the target
// finds the previous file or the complete new one, never a partial file. A
// PendingFile dropped without Commit() removes its temporary file.
//
//   std::optional<PendingFile> file = PendingFile::Create("out/guide.pdf", &error);
//   ... write file->temporary_path() ...
//   if (!file->Commit(&error)) ...
#pragma once

#include <optional>
#include <string>

namespace coopkit {

class PendingFile {
 public:
  /// Creates the empty temporary file (mode 0644) in the target's folder;
  /// nullopt with `error` set when that folder is not writable.
  static std::optional<PendingFile> Create(const std::string& target, std::string* error);

  PendingFile(PendingFile&& other) noexcept;
  PendingFile& operator=(PendingFile&& other) noexcept;
  PendingFile(const PendingFile&) = delete;
  PendingFile& operator=(const PendingFile&) = delete;
  ~PendingFile();

  const std::string& target() const { return target_; }
  const std::string& temporary_path() const { return temporary_path_; }

  /// Flushes the temporary file to disk and renames it onto the target.
  /// Returns false with `error` set, the target untouched, on failure.
  bool Commit(std::string* error);

 private:
  PendingFile(std::string target, std::string temporary_path)
      : target_(std::move(target)), temporary_path_(std::move(temporary_path)) {}
  void Discard();

  std::string target_;
  std::string temporary_path_;  // empty once committed or discarded
};

}  // namespace coopkit
