#include "backends/pdf/haru_patches.h"

#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <string_view>

static_assert(HPDF_MAJOR_VERSION == 2 && HPDF_MINOR_VERSION == 3 && HPDF_BUGFIX_VERSION == 0,
              "coopkit patches libharu 2.3.0's internals (src/pdf/haru_patches.cc): re-read "
              "each patch against this libharu's sources and run haru_patches_test");

namespace coopkit::pdf::haru {
namespace {

// poppler warns on every read of libharu's own map, and stricter readers
// cannot extract the text. The font's codes are the characters
// themselves (Identity-H over the Basic Multilingual Plane), so the right map
// is the identity, written with 'bfrange', surrogates excepted.
std::string IdentityToUnicodeMap() {
  std::vector<std::string> ranges;
  for (int high = 0; high <= 0xFF; ++high) {
    if (high >= 0xD8 && high <= 0xDF) continue;
    char range[32];
    std::snprintf(range, sizeof range, "<%02X00> <%02XFF> <%02X00>\n", high, high, high);
    ranges.push_back(range);
  }
  std::string map =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  constexpr size_t kMaxRangesPerBlock = 100;  // the CMap format's limit
  for (size_t first = 0; first < ranges.size(); first += kMaxRangesPerBlock) {
    size_t count = std::min(kMaxRangesPerBlock, ranges.size() - first);
    map += std::to_string(count) + " beginbfrange\n";
    for (size_t i = first; i < first + count; ++i) map += ranges[i];
    map += "endbfrange\n";
  }
  return map + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

// The first `size` bytes of one of libharu's memory streams (fewer when it is
// shorter).
std::string StreamBytes(HPDF_Stream stream, HPDF_UINT size) {
  std::string bytes(size, '\0');
  HPDF_Stream_Seek(stream, 0, HPDF_SEEK_SET);
  HPDF_Stream_Read(stream, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
  bytes.resize(size);
  return bytes;
}

// Makes `bytes` the whole content of one of libharu's memory streams.
void ReplaceStreamBytes(HPDF_Stream stream, std::string_view bytes) {
  HPDF_MemStream_FreeData(stream);
  HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                    static_cast<HPDF_UINT>(bytes.size()));
}

}  // namespace

bool UseIdentityToUnicodeMap(HPDF_Font font) {
  static const std::string kMap = IdentityToUnicodeMap();
  HPDF_Dict map = static_cast<HPDF_FontAttr>(font->attr)->cmap_stream;
  if (!map || !map->stream) return false;
  ReplaceStreamBytes(map->stream, kMap);
  return true;
}

// libharu writes the map deflated at every save: 128 kB per font. The codes
// are the characters, none past the last one drawn is ever shown.
bool ShortenGlyphMap(HPDF_Font font, char32_t last_code) {
  HPDF_Dict map = static_cast<HPDF_FontAttr>(font->attr)->map_stream;
  if (!map || !map->stream) return false;
  const auto size = static_cast<HPDF_UINT>(2 * (std::min<char32_t>(last_code, 0xFFFF) + 1));
  ReplaceStreamBytes(map->stream, StreamBytes(map->stream, size));
  return true;
}

// With the few dozen segments of a subset font, libharu's walk was a sixth of
// the default kit's instructions; the flat table answers in two steps (one
// segment indexing an array of glyphs, then the end marker).
bool FlattenGlyphLookup(HPDF_FontDef font, const std::vector<char32_t>& code_points) {
  if (!font || code_points.empty()) return false;
  auto* attr = static_cast<HPDF_TTFontDefAttr>(font->attr);
  if (attr->cmap.format != 4) return false;
  const int last = static_cast<int>(std::min<char32_t>(code_points.back(), 0xFFFE));
  std::vector<HPDF_UINT16> glyphs(last + 1, 0);
  for (char32_t c : code_points) {
    if (c <= static_cast<char32_t>(last)) glyphs[c] = HPDF_TTFontDef_GetGlyphid(font, c);
  }

  auto allocate = [&](size_t count) {
    return static_cast<HPDF_UINT16*>(HPDF_GetMem(font->mmgr, count * sizeof(HPDF_UINT16)));
  };
  const HPDF_TTF_CmapRange own = attr->cmap;
  HPDF_TTF_CmapRange flat = own;
  flat.seg_count_x2 = 4;
  flat.end_count = allocate(2);
  flat.start_count = allocate(2);
  flat.id_delta = reinterpret_cast<HPDF_INT16*>(allocate(2));
  flat.id_range_offset = allocate(2);
  flat.glyph_id_array = allocate(glyphs.size());
  flat.glyph_id_array_count = static_cast<HPDF_UINT>(glyphs.size());
  auto release = [&](const HPDF_TTF_CmapRange& table) {
    for (void* array :
         {static_cast<void*>(table.end_count), static_cast<void*>(table.start_count),
          static_cast<void*>(table.id_delta), static_cast<void*>(table.id_range_offset),
          static_cast<void*>(table.glyph_id_array)}) {
      if (array) HPDF_FreeMem(font->mmgr, array);
    }
  };
  if (!flat.end_count || !flat.start_count || !flat.id_delta || !flat.id_range_offset ||
      !flat.glyph_id_array) {
    release(flat);
    return false;
  }
  // Segment 0: codes 0..last, glyph = glyph_id_array[code] (an offset of
  // 4 bytes from its range-offset entry, counted as the format defines it).
  // Segment 1: the 0xFFFF end marker.
  flat.start_count[0] = 0;
  flat.end_count[0] = static_cast<HPDF_UINT16>(last);
  flat.id_delta[0] = 0;
  flat.id_range_offset[0] = 4;
  flat.start_count[1] = 0xFFFF;
  flat.end_count[1] = 0xFFFF;
  flat.id_delta[1] = 1;
  flat.id_range_offset[1] = 0;
  std::copy(glyphs.begin(), glyphs.end(), flat.glyph_id_array);

  attr->cmap = flat;
  for (char32_t c : code_points) {
    if (c <= static_cast<char32_t>(last) && HPDF_TTFontDef_GetGlyphid(font, c) != glyphs[c]) {
      attr->cmap = own;  // this libharu reads the table otherwise: keep the font's own
      release(flat);
      return false;
    }
  }
  release(own);
  return true;
}

// libharu writes the /Filter entry only for the filters it applies itself:
// the dictionary's own write function writes this one.
bool DeflatePageContents(HPDF_Page page) {
  HPDF_Dict contents = static_cast<HPDF_PageAttr>(page->attr)->contents;
  if (!contents || !contents->stream) return false;
  const std::string operators = StreamBytes(contents->stream, contents->stream->size);
  uLongf packed_size = compressBound(operators.size());
  std::string packed(packed_size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(packed.data()), &packed_size,
                reinterpret_cast<const Bytef*>(operators.data()), operators.size(),
                Z_DEFAULT_COMPRESSION) != Z_OK) {
    return false;  // left as it is: libharu deflates it at the save
  }
  packed.resize(packed_size);
  ReplaceStreamBytes(contents->stream, packed);
  contents->filter = HPDF_STREAM_FILTER_NONE;
  contents->write_fn = [](HPDF_Dict, HPDF_Stream out) {
    return HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012");
  };
  return true;
}

bool SetCatalogLanguage(HPDF_Doc pdf, const std::string& language) {
  HPDF_String value = HPDF_String_New(pdf->mmgr, language.c_str(), nullptr);
  return value && HPDF_Dict_Add(pdf->catalog, "Lang", value) == HPDF_OK;
}

std::string PageOperators(HPDF_Page page) {
  HPDF_Dict contents = static_cast<HPDF_PageAttr>(page->attr)->contents;
  if (!contents || !contents->stream) return {};
  return StreamBytes(contents->stream, contents->stream->size);
}

bool SetXmpMetadata(HPDF_Doc pdf, const std::string& xmp) {
  HPDF_Dict metadata = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
  if (!metadata) return false;
  metadata->filter = HPDF_STREAM_FILTER_NONE;
  return HPDF_Dict_AddName(metadata, "Type", "Metadata") == HPDF_OK &&
         HPDF_Dict_AddName(metadata, "Subtype", "XML") == HPDF_OK &&
         HPDF_Stream_Write(metadata->stream, reinterpret_cast<const HPDF_BYTE*>(xmp.data()),
                           static_cast<HPDF_UINT>(xmp.size())) == HPDF_OK &&
         HPDF_Dict_Add(pdf->catalog, "Metadata", metadata) == HPDF_OK;
}

bool SetDocumentId(HPDF_Doc pdf, const std::string& id) {
  HPDF_Array ids = HPDF_Array_New(pdf->mmgr);
  if (!ids) return false;
  auto* bytes = reinterpret_cast<HPDF_BYTE*>(const_cast<char*>(id.data()));
  const auto size = static_cast<HPDF_UINT>(id.size());
  return HPDF_Array_Add(ids, HPDF_Binary_New(pdf->mmgr, bytes, size)) == HPDF_OK &&
         HPDF_Array_Add(ids, HPDF_Binary_New(pdf->mmgr, bytes, size)) == HPDF_OK &&
         HPDF_Dict_Add(pdf->trailer, "ID", ids) == HPDF_OK;
}

bool MarkPrintable(HPDF_Annotation annotation) {
  return HPDF_Dict_AddNumber(annotation, "F", 4) == HPDF_OK;
}

bool SetPageBox(HPDF_Page page, const char* name, HPDF_Box box) {
  HPDF_Array array = HPDF_Box_Array_New(page->mmgr, box);
  return array && HPDF_Dict_Add(page, name, array) == HPDF_OK;
}

HPDF_STATUS SaveThroughCallback(HPDF_Doc pdf, HPDF_Stream_Write_Func write, void* data) {
  HPDF_Stream stream = HPDF_CallbackWriter_New(pdf->mmgr, write, data);
  if (!stream) return HPDF_FAILD_TO_ALLOC_MEM;
  pdf->stream = stream;
  HPDF_STATUS status = HPDF_SaveToStream(pdf);
  pdf->stream = nullptr;
  HPDF_Stream_Free(stream);
  return status;
}

}  // namespace coopkit::pdf::haru
