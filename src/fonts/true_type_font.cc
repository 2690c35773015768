#include "fonts/true_type_font.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H
#include FT_TRUETYPE_TABLES_H

#include <optional>

#include "base/file_io.h"
#include "fonts/truetype_check.h"

namespace coopkit::fonts {
namespace {

constexpr size_t kBmpSize = 0x10000;

}  // namespace

struct TrueTypeFont::FreeTypeHandles {
  std::string bytes;  // the file, which FreeType reads in place
  FT_Library library = nullptr;
  FT_Face face = nullptr;
  ~FreeTypeHandles() {
    if (face) FT_Done_Face(face);
    if (library) FT_Done_FreeType(library);
  }
};

std::unique_ptr<TrueTypeFont> TrueTypeFont::Load(const std::string& path, std::string* error) {
  auto handles = std::make_unique<FreeTypeHandles>();
  std::string problem;
  std::optional<std::string> bytes = ReadFile(path, &problem);
  if (!bytes) {
    *error = "font file '" + path + "' cannot be opened: " + problem;
    return nullptr;
  }
  if (!CheckTrueTypeFont(*bytes, &problem)) {
    *error = "font file '" + path + "' " + problem;
    return nullptr;
  }
  handles->bytes = std::move(*bytes);
  if (FT_Init_FreeType(&handles->library) != 0) {
    *error = "cannot start FreeType to read '" + path + "'";
    return nullptr;
  }
  if (FT_New_Memory_Face(handles->library, reinterpret_cast<const FT_Byte*>(handles->bytes.data()),
                         static_cast<FT_Long>(handles->bytes.size()), 0, &handles->face) != 0 ||
      !FT_IS_SFNT(handles->face) || handles->face->units_per_EM == 0) {
    *error = "font file '" + path + "' is damaged: FreeType cannot read it";
    return nullptr;
  }
  if (FT_Select_Charmap(handles->face, FT_ENCODING_UNICODE) != 0) {
    *error = "font file '" + path + "' has no Unicode character map";
    return nullptr;
  }
  return std::unique_ptr<TrueTypeFont>(new TrueTypeFont(std::move(handles), path));
}

TrueTypeFont::TrueTypeFont(std::unique_ptr<FreeTypeHandles> handles, std::string path)
    : handles_(std::move(handles)), path_(std::move(path)) {
  const FT_Face face = handles_->face;
  family_name_ = face->family_name ? face->family_name : "";
  style_name_ = face->style_name ? face->style_name : "";
  bold_ = face->style_flags & FT_STYLE_FLAG_BOLD;
  italic_ = face->style_flags & FT_STYLE_FLAG_ITALIC;
  units_per_em_ = face->units_per_EM;
  ascender_ = face->ascender / units_per_em_;
  descender_ = face->descender / units_per_em_;
  const auto* os2 = static_cast<const TT_OS2*>(FT_Get_Sfnt_Table(face, FT_SFNT_OS2));
  if (os2 && os2->version != 0xFFFF) {
    weight_ = os2->usWeightClass;
    constexpr FT_UShort kUseTypoMetrics = 1 << 7;
    if (os2->fsSelection & kUseTypoMetrics) {
      ascender_ = os2->sTypoAscender / units_per_em_;
      descender_ = os2->sTypoDescender / units_per_em_;
    }
  }
}

TrueTypeFont::~TrueTypeFont() = default;

TrueTypeFont::Glyph TrueTypeFont::Measure(char32_t cp) const {
  const FT_UInt index = FT_Get_Char_Index(handles_->face, cp);
  FT_Fixed advance = 0;
  FT_Get_Advance(handles_->face, index, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING, &advance);
  return {static_cast<float>(advance) / units_per_em_, index != 0};
}

TrueTypeFont::Glyph TrueTypeFont::Lookup(char32_t cp) const {
  if (cp >= kBmpSize) return Measure(cp);
  std::unique_ptr<Glyph[]>& page = bmp_pages_[cp >> kPageBits];
  if (!page) page = std::make_unique<Glyph[]>(1 << kPageBits);
  Glyph& slot = page[cp & ((1 << kPageBits) - 1)];
  if (slot.advance < 0) slot = Measure(cp);
  return slot;
}

float TrueTypeFont::Advance(char32_t cp) const { return Lookup(cp).advance; }

bool TrueTypeFont::HasGlyph(char32_t cp) const { return Lookup(cp).present; }

}  // namespace coopkit::fonts
