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

// The formats other than TrueType that fontconfig lists faces of `family`
// in (« CFF », « Type 1 »): installed, but not for coopkit.
std::vector<std::string> OtherFontconfigFormats(const std::string& family) {
  FcPattern* pattern = FcPatternCreate();
  FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  FcObjectSet* objects = FcObjectSetBuild(FC_FONTFORMAT, nullptr);
  FcFontSet* fonts = FcFontList(nullptr, pattern, objects);
  std::vector<std::string> formats;
  for (int i = 0; fonts && i < fonts->nfont; ++i) {
    FcChar8* format = nullptr;
    if (FcPatternGetString(fonts->fonts[i], FC_FONTFORMAT, 0, &format) != FcResultMatch) continue;
    const std::string name = reinterpret_cast<const char*>(format);
    if (name != "TrueType" && std::ranges::find(formats, name) == formats.end())
      formats.push_back(name);
  }
  if (fonts) FcFontSetDestroy(fonts);
  FcObjectSetDestroy(objects);
  FcPatternDestroy(pattern);
  std::ranges::sort(formats);
  return formats;
}

// The family a font file declares, read by fontconfig (which reads CFF
// outlines too); empty when it cannot tell.
std::string DeclaredFamily(const std::string& path) {
  int count = 0;
  FcPattern* pattern =
      FcFreeTypeQuery(reinterpret_cast<const FcChar8*>(path.c_str()), 0, nullptr, &count);
  if (!pattern) return {};
  FcChar8* family = nullptr;
  std::string name;
  if (FcPatternGetString(pattern, FC_FAMILY, 0, &family) == FcResultMatch)
    name = reinterpret_cast<const char*>(family);
  FcPatternDestroy(pattern);
  return name;
}

// « a, b and c »
std::string Enumerated(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += items[i];
  }
  return out;
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
      refused_files_.push_back({file.string(), DeclaredFamily(file.string())});
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
  const std::string family = "font '" + request.family + "'";
  const std::string style = StyleName(request.bold, request.italic);
  std::vector<std::string> installed;
  for (bool italic : {false, true}) {
    for (bool bold : {false, true}) {
      if (Find({request.family, bold, italic})) installed.push_back(StyleName(bold, italic));
    }
  }
  if (!installed.empty()) {
    diagnostics->Error(
        where, family + " has no " + style + " face; it has " + Enumerated(installed) + " only",
        "add the family's " + style +
            " .ttf file to the fonts folder or install it, or choose a family "
            "with regular, bold, italic and bold italic faces");
    return std::nullopt;
  }
  std::vector<std::string> refused;
  for (const auto& [path, declared] : refused_files_) {
    if (SameFamily(declared, request.family))
      refused.push_back(std::filesystem::path(path).filename().string());
  }
  const std::vector<std::string> formats = OtherFontconfigFormats(request.family);
  if (!refused.empty() || !formats.empty()) {
    std::string found;
    if (!refused.empty()) found = "in the fonts folder as " + Enumerated(refused);
    if (!refused.empty() && !formats.empty()) found += ", and ";
    if (!formats.empty()) found += "among system fonts as " + Enumerated(formats) + " files";
    diagnostics->Error(where, family + " is there only in files coopkit cannot embed: " + found,
                       "use the family's TrueType (.ttf) files, or choose another family");
    return std::nullopt;
  }
  std::string places = fonts_folder_.empty()
                           ? "system fonts (fontconfig)"
                           : "fonts folder '" + fonts_folder_ + "' and system fonts (fontconfig)";
  std::vector<std::string> others = KnownFamilies();
  std::erase_if(others, [&request](const std::string& f) { return SameFamily(f, request.family); });
  std::string hint = DidYouMean(request.family, others);
  if (hint.empty()) hint = "put the family's .ttf files in the fonts folder or install them";
  diagnostics->Error(where, family + " (" + style + ") not found; looked in " + places,
                     std::move(hint));
  return std::nullopt;
}

std::vector<std::string> FontLocator::KnownFamilies() const {
  std::vector<std::string> families = FontconfigFamilies();
  for (const FontFace& face : folder_faces_) families.push_back(face.family);
  return families;
}

}  // namespace coopkit::fonts
