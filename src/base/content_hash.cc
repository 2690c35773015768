#include "base/content_hash.h"

#include <xxhash.h>

#include <cstdio>

#include "base/file_io.h"

namespace coopkit {

std::string HashOf(std::string_view bytes) {
  XXH128_hash_t hash = XXH3_128bits(bytes.data(), bytes.size());
  char hex[33];
  std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                static_cast<unsigned long long>(hash.low64));
  return hex;
}

std::optional<std::string> FileHasher::HashOfFile(const std::string& path) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (auto known = known_.find(path); known != known_.end()) return known->second;
  }
  std::string error;
  std::optional<std::string> bytes = ReadFile(path, &error);
  std::optional<std::string> hash;
  if (bytes) hash = HashOf(*bytes);
  std::lock_guard<std::mutex> lock(mutex_);
  return known_.emplace(path, hash).first->second;
}

}  // namespace coopkit
