#include "fonts/font_locator.h"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>

#include "base/spelling_hint.h"
#include "fonts/true_type_font.h"

namespace coopkit::fonts {
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

// Of the faces of the requested family, the one in the requested style whose
// weight (OS/2 scale) is nearest to regular or bold; on a tie, the first.
// Folder faces and system faces are chosen by this one rule.
std::optional<std::string> NearestFace(const std::vector<FontFace>& faces,
                                       const FaceRequest& request) {
  const int wanted_weight = request.bold ? 700 : 400;
  const FontFace* best = nullptr;
  for (const FontFace& face : faces) {
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

// The static faces fontconfig lists under the request's family, sorted by
// path. Listing skips the substitutions and sorting a match would run over
// every installed font, which cost more than laying out a short document;
// and a listed face is a real one, never a regular face slanted or
// emboldened to stand in.
std::vector<FontFace> FontconfigFaces(const std::string& family) {
  FcPattern* pattern = FcPatternCreate();
  FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  FcPatternAddString(pattern, FC_FONTFORMAT, reinterpret_cast<const FcChar8*>("TrueType"));
  FcObjectSet* objects = FcObjectSetBuild(FC_FILE, FC_WEIGHT, FC_SLANT, nullptr);
  FcFontSet* fonts = FcFontList(nullptr, pattern, objects);
  FcObjectSetDestroy(objects);
  FcPatternDestroy(pattern);
  std::vector<FontFace> faces;
  for (int i = 0; fonts && i < fonts->nfont; ++i) {
    int weight = 0, slant = 0;
    FcChar8* file = nullptr;
    // A variable font lists its weight as a range: it is not a static face.
    if (FcPatternGetInteger(fonts->fonts[i], FC_WEIGHT, 0, &weight) != FcResultMatch ||
        FcPatternGetInteger(fonts->fonts[i], FC_SLANT, 0, &slant) != FcResultMatch ||
        FcPatternGetString(fonts->fonts[i], FC_FILE, 0, &file) != FcResultMatch)
      continue;
    faces.push_back({reinterpret_cast<const char*>(file), family, false, slant != FC_SLANT_ROMAN,
                     FcWeightToOpenType(weight)});
  }
  if (fonts) FcFontSetDestroy(fonts);
  std::ranges::sort(faces, {}, &FontFace::path);  // fontconfig's order is its own
  return faces;
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

std::optional<std::string> FontLocator::Find(const FaceRequest& request) const {
  auto key = std::make_tuple(request.family, request.bold, request.italic);
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = found_.find(key);
  if (it == found_.end()) {
    std::optional<std::string> path = NearestFace(folder_faces_, request);
    if (!path) path = NearestFace(FontconfigFaces(request.family), request);
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
  for (const FontFace& face : folder_faces_) families.push_back(face.family);
  return families;
}

}  // namespace coopkit::fonts
