#include "layout/font_locator.h"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>

#include "base/spelling_hint.h"
#include "layout/true_type_font.h"

namespace coopkit::layout {
namespace {

constexpr int kFirstBoldWeight = 600;  // OS/2 weight class of SemiBold

bool SameFamily(std::string_view a, std::string_view b) {
  return std::ranges::equal(a, b, [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

bool IsFontFileName(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  std::ranges::transform(extension, extension.begin(),
                         [](unsigned char c) { return std::tolower(c); });
  return extension == ".ttf" || extension == ".otf";
}

// Fontconfig's best match for the request, kept only when its family, weight
// and slant are the requested ones.
std::optional<std::string> FindWithFontconfig(const FaceRequest& request) {
  FcPattern* pattern = FcPatternCreate();
  FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(request.family.c_str()));
  FcPatternAddInteger(pattern, FC_WEIGHT, request.bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
  FcPatternAddInteger(pattern, FC_SLANT, request.italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
  FcPatternAddString(pattern, FC_FONTFORMAT, reinterpret_cast<const FcChar8*>("TrueType"));
  FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
  FcDefaultSubstitute(pattern);
  FcResult result;
  FcPattern* match = FcFontMatch(nullptr, pattern, &result);
  FcPatternDestroy(pattern);
  if (!match) return std::nullopt;

  bool family_matches = false;
  FcChar8* family = nullptr;
  for (int i = 0; FcPatternGetString(match, FC_FAMILY, i, &family) == FcResultMatch; ++i) {
    family_matches |= SameFamily(reinterpret_cast<const char*>(family), request.family);
  }
  int weight = FC_WEIGHT_REGULAR;
  int slant = FC_SLANT_ROMAN;
  FcPatternGetInteger(match, FC_WEIGHT, 0, &weight);
  FcPatternGetInteger(match, FC_SLANT, 0, &slant);
  // Fontconfig may slant or embolden an upright regular face to stand in.
  FcMatrix* synthetic_slant = nullptr;
  FcBool synthetic_bold = FcFalse;
  const bool synthetic =
      FcPatternGetMatrix(match, FC_MATRIX, 0, &synthetic_slant) == FcResultMatch ||
      (FcPatternGetBool(match, FC_EMBOLDEN, 0, &synthetic_bold) == FcResultMatch && synthetic_bold);
  FcChar8* file = nullptr;
  std::optional<std::string> path;
  if (family_matches && !synthetic && (weight >= FC_WEIGHT_DEMIBOLD) == request.bold &&
      (slant != FC_SLANT_ROMAN) == request.italic &&
      FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch) {
    path = reinterpret_cast<const char*>(file);
  }
  FcPatternDestroy(match);
  return path;
}

std::vector<std::string> FontconfigFamilies() {
  std::vector<std::string> families;
  FcPattern* pattern = FcPatternCreate();
  FcObjectSet* objects = FcObjectSetBuild(FC_FAMILY, nullptr);
  FcFontSet* fonts = FcFontList(nullptr, pattern, objects);
  for (int i = 0; fonts && i < fonts->nfont; ++i) {
    FcChar8* family = nullptr;
    if (FcPatternGetString(fonts->fonts[i], FC_FAMILY, 0, &family) == FcResultMatch)
      families.emplace_back(reinterpret_cast<const char*>(family));
  }
  if (fonts) FcFontSetDestroy(fonts);
  FcObjectSetDestroy(objects);
  FcPatternDestroy(pattern);
  return families;
}

}  // namespace

const char* StyleName(bool bold, bool italic) {
  if (bold) return italic ? "bold italic" : "bold";
  return italic ? "italic" : "regular";
}

FontLocator::FontLocator(std::string fonts_folder, DiagnosticList* diagnostics)
    : fonts_folder_(std::move(fonts_folder)) {
  std::error_code ignored;
  if (fonts_folder_.empty() || !std::filesystem::is_directory(fonts_folder_, ignored)) return;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(fonts_folder_, ignored)) {
    if (entry.is_regular_file() && IsFontFileName(entry.path())) files.push_back(entry.path());
  }
  std::ranges::sort(files);  // the directory's order is arbitrary; builds must not be
  for (const auto& file : files) {
    std::string error;
    auto font = TrueTypeFont::Load(file.string(), &error);
    if (!font) {
      diagnostics->Warning({file.string()}, error + "; it is ignored");
      continue;
    }
    folder_faces_.push_back(
        {file.string(), font->family_name(), font->bold(), font->italic(), font->weight()});
  }
}

std::optional<std::string> FontLocator::FindInFolder(const FaceRequest& request) const {
  const int wanted_weight = request.bold ? 700 : 400;
  const FolderFace* best = nullptr;
  for (const FolderFace& face : folder_faces_) {
    const bool bold = face.bold || face.weight >= kFirstBoldWeight;
    if (!SameFamily(face.family, request.family) || bold != request.bold ||
        face.italic != request.italic)
      continue;
    if (!best || std::abs(face.weight - wanted_weight) < std::abs(best->weight - wanted_weight))
      best = &face;
  }
  if (!best) return std::nullopt;
  return best->path;
}

std::optional<std::string> FontLocator::Find(const FaceRequest& request) const {
  auto key = std::make_tuple(request.family, request.bold, request.italic);
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = found_.find(key);
  if (it == found_.end()) {
    std::optional<std::string> path = FindInFolder(request);
    if (!path) path = FindWithFontconfig(request);
    it = found_.emplace(key, std::move(path)).first;
  }
  return it->second;
}

std::optional<std::string> FontLocator::Locate(const FaceRequest& request,
                                               const SourceLocation& where,
                                               DiagnosticList* diagnostics) const {
  if (auto path = Find(request)) return path;
  std::string places = fonts_folder_.empty()
                           ? "system fonts (fontconfig)"
                           : "fonts folder '" + fonts_folder_ + "' and system fonts (fontconfig)";
  std::string hint = DidYouMean(request.family, KnownFamilies());
  if (hint.empty()) hint = "put the family's .ttf files in the fonts folder or install them";
  diagnostics->Error(where,
                     "font '" + request.family + "' (" + StyleName(request.bold, request.italic) +
                         ") not found; looked in " + places,
                     std::move(hint));
  return std::nullopt;
}

std::vector<std::string> FontLocator::KnownFamilies() const {
  std::vector<std::string> families = FontconfigFamilies();
  for (const FolderFace& face : folder_faces_) families.push_back(face.family);
  return families;
}

}  // namespace coopkit::layout
