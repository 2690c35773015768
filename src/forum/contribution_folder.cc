#include "forum/contribution_folder.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "base/file_kind.h"
#include "forum/contribution_slug.h"

namespace coopkit::forum {
namespace fs = std::filesystem;

std::vector<ContributionFile> ListContributionFiles(const std::string& folder,
                                                    DiagnosticList* diagnostics) {
  std::error_code error;
  if (!fs::is_directory(folder, error)) {
    diagnostics->Error(
        {folder, 0, 0},
        fs::exists(folder, error) ? "not a folder: " + folder : "folder not found: " + folder,
        "give --batch the folder that holds the forum's exports (.txt) or "
        "event files (.yaml)");
    return {};
  }
  std::vector<std::string> names;
  for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error))
    names.push_back(it->path().filename().string());
  if (error) {
    diagnostics->Error({folder, 0, 0}, "cannot list " + folder + ": " + error.message());
    return {};
  }
  std::sort(names.begin(), names.end());

  std::vector<ContributionFile> contributions;
  std::map<std::string, std::string> file_of_slug;
  for (const std::string& name : names) {
    if (name.starts_with(".")) continue;
    const fs::path path = fs::path(folder) / name;
    const std::string extension = path.extension().string();
    const bool is_export = extension == ".txt";
    if (!is_export && extension != ".yaml" && extension != ".yml") {
      diagnostics->Warning({path.string(), 0, 0}, "not read: " + name + " is not a contribution",
                           "a batch folder holds forum exports (.txt) and event files (.yaml)");
      continue;
    }
    struct stat status {};
    if (stat(path.c_str(), &status) != 0) {
      diagnostics->Error({path.string(), 0, 0}, "cannot read " + path.string());
      continue;
    }
    if (std::optional<std::string> special = NotARegularFile(status.st_mode)) {
      diagnostics->Error({path.string(), 0, 0}, "cannot read " + path.string() + ": " + *special);
      continue;
    }
    std::string slug = ContributionSlug(path.stem().string());
    if (slug.empty()) {
      diagnostics->Error({path.string(), 0, 0},
                         "its name gives no folder name for its kit: " + name,
                         "rename it with letters or digits, e.g. contribution-1" + extension);
      continue;
    }
    auto [first, added] = file_of_slug.try_emplace(slug, name);
    if (!added) {
      diagnostics->Error(
          {path.string(), 0, 0},
          "its kit would go to the same folder as " + first->second + "'s: out/" + slug + "/",
          "rename one of the two files");
      continue;
    }
    contributions.push_back({path.string(), std::move(slug), is_export});
  }
  if (contributions.empty() && !diagnostics->HasErrors())
    diagnostics->Error({folder, 0, 0}, "no contribution in " + folder,
                       "put the forum's exports (.txt) or event files (.yaml) there");
  return contributions;
}

}  // namespace coopkit::forum
