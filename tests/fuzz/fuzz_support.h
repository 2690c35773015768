// What the fuzz targets share: the input as text, the shipped kit's files,
// and a temporary folder holding copies of them that a target may write in.
// Targets write nowhere else (libharu's font subsets go to TMPDIR too).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <string>
#include <string_view>

#include "content/test_folder.h"

namespace coopkit::fuzz {

inline std::string_view AsText(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// `relative` in the repository, e.g. ShippedPath("content").
inline std::string ShippedPath(const std::string& relative) {
  return (std::filesystem::path(COOPKIT_SOURCE_DIR) / relative).string();
}

/// A temporary folder made with copies of shipped folders (e.g. "content"),
/// under the same names; removed with its files when the process exits.
class WorkFolder : public content::TestFolder {
 public:
  explicit WorkFolder(std::initializer_list<const char*> shipped = {}) {
    for (const char* folder : shipped) {
      std::filesystem::copy(ShippedPath(folder), Path(folder),
                            std::filesystem::copy_options::recursive);
    }
  }
};

}  // namespace coopkit::fuzz
