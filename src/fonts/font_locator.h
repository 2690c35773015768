// Finds the TrueType file of a font family in one of its four styles: first
// among the *.ttf files of the user's fonts/ folder (matched by the family
// and style names inside the files), then among the faces fontconfig lists
// under the family. Both places choose by one rule: the requested style, the
// weight nearest to regular or bold; never a face faked from another one.
#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "base/diagnostic.h"

namespace coopkit::fonts {

struct FaceRequest {
  std::string family;  // "Noto Serif"
  bool bold = false;
  bool italic = false;
};

/// A font file, with the family and style it declares.
struct FontFace {
  std::string path;
  std::string family;
  bool bold = false;
  bool italic = false;
  int weight = 400;  // OS/2 weight class: 400 regular, 700 bold
};

/// "regular", "bold", "italic" or "bold italic".
const char* StyleName(bool bold, bool italic);

/// Thread-safe: rendering threads share one locator.
class FontLocator {
 public:
  /// Reads the family and style of every font file in `fonts_folder` (which
  /// may be empty or absent: then only system fonts are used). Files there
  /// that cannot be used are reported as warnings.
  FontLocator(std::string fonts_folder, DiagnosticList* diagnostics);

  /// The file for `request`, or nullopt.
  std::optional<std::string> Find(const FaceRequest& request) const;

  /// Like Find, but a missing face is reported as an error at `where` that
  /// says why: the family lacks that style (and names those it has), its
  /// files are of a kind coopkit cannot embed (CFF .otf, Type 1), or it is
  /// nowhere (with the places searched and the nearest family name).
  std::optional<std::string> Locate(const FaceRequest& request, const SourceLocation& where,
                                    DiagnosticList* diagnostics) const;

 private:
  std::vector<std::string> KnownFamilies() const;

  std::string fonts_folder_;
  std::vector<FontFace> folder_faces_;  // sorted by path
  // Files of the folder that cannot be used, with the family each declares.
  std::vector<std::pair<std::string, std::string>> refused_files_;
  // Answers already found: fontconfig matching is slow, and every rendering
  // thread asks for the same faces.
  mutable std::mutex mutex_;
  mutable std::map<std::tuple<std::string, bool, bool>, std::optional<std::string>> found_;
};

}  // namespace coopkit::fonts
