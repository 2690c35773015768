#include "content/folder_path.h"

#include <filesystem>

namespace coopkit::content {

std::optional<std::string> PathInsideFolder(const std::string& folder, const std::string& relative,
                                            std::string* problem) {
  std::filesystem::path path(relative);
  if (relative.empty()) {
    *problem = "empty file name";
    return std::nullopt;
  }
  if (path.is_absolute()) {
    *problem = "'" + relative + "' is absolute; write it relative to " + folder;
    return std::nullopt;
  }
  for (const auto& part : path) {
    if (part == "..") {
      *problem = "'" + relative + "' leaves the folder " + folder;
      return std::nullopt;
    }
  }
  return (std::filesystem::path(folder) / path).lexically_normal().string();
}

}  // namespace coopkit::content
