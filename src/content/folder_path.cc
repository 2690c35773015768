#include "content/folder_path.h"

#include <algorithm>
#include <filesystem>

namespace coopkit::content {
namespace {

namespace fs = std::filesystem;

/// True when `path` is `folder` or lies under it. Both are absolute and
/// normal.
bool IsInside(const fs::path& path, const fs::path& folder) {
  auto [folder_end, path_end] =
      std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
  return folder_end == folder.end();
}

}  // namespace

std::optional<std::string> PathInsideFolder(const std::string& folder, const std::string& relative,
                                            std::string* problem) {
  fs::path path(relative);
  if (relative.empty()) {
    *problem = "empty file name";
    return std::nullopt;
  }
  if (path.is_absolute()) {
    *problem = "'" + relative + "' is absolute; write it relative to " + folder;
    return std::nullopt;
  }
  fs::path normal = path.lexically_normal();
  if (*normal.begin() == "..") {
    *problem = "'" + relative + "' leaves the folder " + folder;
    return std::nullopt;
  }
  fs::path joined = (fs::path(folder) / normal).lexically_normal();
  // weakly_canonical follows every link that exists and keeps the rest as
  // written, so a link to a file that does not exist yet is caught too.
  std::error_code ec;
  fs::path real_folder = fs::weakly_canonical(folder, ec);
  fs::path real = ec ? fs::path() : fs::weakly_canonical(joined, ec);
  // It stops at a link to nothing, which may still name a place outside.
  std::error_code absent;  // not an error here
  for (int hops = 0; !ec && hops < 40 && fs::is_symlink(fs::symlink_status(real, absent)); ++hops)
    real = fs::weakly_canonical(real.parent_path() / fs::read_symlink(real, ec), ec);
  if (ec || !IsInside(real, real_folder)) {
    *problem = "'" + relative + "' is a link to " + (ec ? "an unreadable place" : real.string()) +
               ", outside the folder " + folder;
    return std::nullopt;
  }
  return joined.string();
}

}  // namespace coopkit::content
