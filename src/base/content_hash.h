// Fingerprints of files and texts for the build manifest: XXH3's 128-bit
// hash (Debian's libxxhash), written as 32 hex digits. Not a cryptographic
// hash: it tells a changed input from an unchanged one, nothing more.
#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace coopkit {

/// The 32-hex-digit fingerprint of `bytes`.
std::string HashOf(std::string_view bytes);

/// Fingerprints files, each read and hashed once however many documents of
/// a run ask for it. Thread-safe.
class FileHasher {
 public:
  /// The fingerprint of the file at `path`; nullopt when it cannot be read.
  std::optional<std::string> HashOfFile(const std::string& path);

 private:
  std::mutex mutex_;
  std::map<std::string, std::optional<std::string>> known_;
};

}  // namespace coopkit
