#include "layout/true_type_font.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H
#include FT_TRUETYPE_TABLES_H

#include <cstdint>
#include <fstream>
#include <set>

namespace coopkit::layout {
namespace {

constexpr size_t kBmpSize = 0x10000;

uint32_t ReadBigEndian32(const unsigned char* p) {
  return uint32_t{p[0]} << 24 | uint32_t{p[1]} << 16 | uint32_t{p[2]} << 8 | p[3];
}

// Checks what libharu relies on before FreeType or libharu reads the file:
// an sfnt with TrueType outlines whose table directory lies inside the file.
// Returns an empty string when the file is usable, else the reason.
std::string CheckSfntStructure(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return "cannot be opened";
  const auto file_size = static_cast<uint64_t>(in.tellg());
  in.seekg(0);
  unsigned char header[12];
  if (file_size < sizeof header || !in.read(reinterpret_cast<char*>(header), sizeof header))
    return "is not a font file (too short)";
  const uint32_t version = ReadBigEndian32(header);
  if (version == 0x4F54544F)  // 'OTTO'
    return "has CFF (PostScript) outlines, which the PDF writer (libharu) cannot embed; "
           "use a TrueType (.ttf) version of this font";
  if (version == 0x74746366)  // 'ttcf'
    return "is a font collection (.ttc); use a single-face .ttf file";
  if (version != 0x00010000 && version != 0x74727565)  // 'true'
    return "is not a TrueType font file";
  const unsigned table_count = header[4] << 8 | header[5];
  if (table_count == 0 || file_size < sizeof header + 16ull * table_count)
    return "is truncated (its table directory is incomplete)";
  std::set<std::string> tags;
  for (unsigned i = 0; i < table_count; ++i) {
    unsigned char record[16];
    in.read(reinterpret_cast<char*>(record), sizeof record);
    const std::string tag(reinterpret_cast<const char*>(record), 4);
    const uint64_t end = uint64_t{ReadBigEndian32(record + 8)} + ReadBigEndian32(record + 12);
    if (end > file_size) return "is truncated (table '" + tag + "' ends past the end of the file)";
    tags.insert(tag);
  }
  for (const char* required : {"cmap", "head", "hhea", "hmtx", "maxp", "loca", "glyf"}) {
    if (!tags.contains(required)) return std::string("lacks the '") + required + "' table";
  }
  return {};
}

}  // namespace

struct TrueTypeFont::FreeTypeHandles {
  FT_Library library = nullptr;
  FT_Face face = nullptr;
  ~FreeTypeHandles() {
    if (face) FT_Done_Face(face);
    if (library) FT_Done_FreeType(library);
  }
};

std::unique_ptr<TrueTypeFont> TrueTypeFont::Load(const std::string& path, std::string* error) {
  if (std::string reason = CheckSfntStructure(path); !reason.empty()) {
    *error = "font file '" + path + "' " + reason;
    return nullptr;
  }
  auto handles = std::make_unique<FreeTypeHandles>();
  if (FT_Init_FreeType(&handles->library) != 0) {
    *error = "cannot start FreeType to read '" + path + "'";
    return nullptr;
  }
  if (FT_New_Face(handles->library, path.c_str(), 0, &handles->face) != 0 ||
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

}  // namespace coopkit::layout
