// Reading and writing whole files. Output goes through a PendingFile (a
// temporary file in the same folder, renamed over the target only when
// complete), so a failed build never leaves a half-written file that looks new.
#pragma once

#include <optional>
#include <string>

#include "base/disk.h"

namespace coopkit {

/// Returns the file's bytes, or nullopt (with `error` set) when unreadable
/// or not a regular file: a named pipe, a device or a folder is refused
/// without waiting on it.
std::optional<std::string> ReadFile(const std::string& path, std::string* error);

/// Writes `bytes` to `path` atomically. Returns false with `error` set on
/// failure, in which case `path` is untouched.
bool WriteFileAtomically(const std::string& path, const std::string& bytes, std::string* error,
                         Disk* disk = SystemDisk());

}  // namespace coopkit
