// One test per patch of libharu's internals, each written to fail if
// libharu changes under it: what libharu does without the patch is checked
// too, so that a libharu that no longer needs (or no longer takes) a patch
// shows here first.
#include "backends/pdf/haru_patches.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>
#include <vector>

namespace coopkit::pdf::haru {
namespace {

const std::string kSerif = "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf";

// A libharu document with one page, and its saved bytes.
class HaruDocument {
 public:
  HaruDocument() : pdf_(HPDF_New(nullptr, nullptr)) {
    HPDF_UseUTFEncodings(pdf_);
    HPDF_SetCompressionMode(pdf_, HPDF_COMP_NONE);
    page_ = HPDF_AddPage(pdf_);
  }
  ~HaruDocument() { HPDF_Free(pdf_); }
  HaruDocument(const HaruDocument&) = delete;
  HaruDocument& operator=(const HaruDocument&) = delete;

  HPDF_Doc pdf() const { return pdf_; }
  HPDF_Page page() const { return page_; }

  /// Loads the serif font as libharu's UTF-8 font; its definition's name in `name`.
  HPDF_Font Font(const char** name = nullptr) {
    const char* loaded = HPDF_LoadTTFontFromFile(pdf_, kSerif.c_str(), HPDF_TRUE);
    if (name) *name = loaded;
    return loaded ? HPDF_GetFont(pdf_, loaded, "UTF-8") : nullptr;
  }

  /// The file, as libharu saves it to memory by its public API.
  std::string SavedBytes() {
    HPDF_SaveToStream(pdf_);
    HPDF_UINT32 size = HPDF_GetStreamSize(pdf_);
    std::string bytes(size, '\0');
    HPDF_ReadFromStream(pdf_, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
    bytes.resize(size);
    return bytes;
  }

 private:
  HPDF_Doc pdf_;
  HPDF_Page page_;
};

HPDF_UINT StreamSize(HPDF_Dict dict) { return dict && dict->stream ? dict->stream->size : 0; }

TEST(HaruPatchesTest, TheToUnicodeMapBecomesTheBfrangeIdentity) {
  HaruDocument without;
  ASSERT_TRUE(without.Font());
  EXPECT_NE(without.SavedBytes().find("begincidrange"), std::string::npos)
      << "libharu no longer writes its cidrange map: is the patch still needed?";

  HaruDocument with;
  HPDF_Font font = with.Font();
  ASSERT_TRUE(font);
  ASSERT_TRUE(UseIdentityToUnicodeMap(font));
  const std::string bytes = with.SavedBytes();
  EXPECT_EQ(bytes.find("begincidrange"), std::string::npos);
  EXPECT_NE(bytes.find("100 beginbfrange\n<0000> <00FF> <0000>\n"), std::string::npos);
  EXPECT_NE(bytes.find("<E000> <E0FF> <E000>"), std::string::npos);
  EXPECT_EQ(bytes.find("<D800>"), std::string::npos) << "surrogates have no characters";
}

TEST(HaruPatchesTest, TheGlyphMapStopsAfterTheLastCharacter) {
  HaruDocument document;
  HPDF_Font font = document.Font();
  ASSERT_TRUE(font);
  HPDF_Dict map = static_cast<HPDF_FontAttr>(font->attr)->map_stream;
  EXPECT_EQ(StreamSize(map), 2u * 0xFFFF) << "libharu's map is no longer the whole plane";
  ASSERT_TRUE(ShortenGlyphMap(font, U'é'));
  EXPECT_EQ(StreamSize(map), 2u * (0xE9 + 1));
  ASSERT_TRUE(ShortenGlyphMap(font, 0x10FFFF)) << "codes stop at the plane's end";
  EXPECT_EQ(StreamSize(map), 2u * (0xE9 + 1)) << "never longer than what there is";
}

TEST(HaruPatchesTest, TheFlatGlyphLookupIsReadBackAsWritten) {
  HaruDocument document;
  const char* name = nullptr;
  ASSERT_TRUE(HPDF_LoadTTFontFromFile(document.pdf(), kSerif.c_str(), HPDF_TRUE));
  name = HPDF_LoadTTFontFromFile(document.pdf(), kSerif.c_str(), HPDF_TRUE);
  HPDF_FontDef font = HPDF_GetFontDef(document.pdf(), name);
  ASSERT_TRUE(font);
  const std::vector<char32_t> drawn = {U' ', U'A', U'é', U'œ', U'’'};
  std::vector<HPDF_UINT16> own;
  for (char32_t c : drawn) own.push_back(HPDF_TTFontDef_GetGlyphid(font, c));
  EXPECT_NE(own[2], 0) << "the font has é";
  ASSERT_TRUE(FlattenGlyphLookup(font, drawn)) << "libharu reads cmap tables differently now";
  const auto* attr = static_cast<HPDF_TTFontDefAttr>(font->attr);
  EXPECT_EQ(attr->cmap.seg_count_x2, 4) << "one segment and the end marker";
  for (size_t i = 0; i < drawn.size(); ++i)
    EXPECT_EQ(HPDF_TTFontDef_GetGlyphid(font, drawn[i]), own[i]) << static_cast<int>(drawn[i]);
  EXPECT_EQ(HPDF_TTFontDef_GetGlyphid(font, U'B'), 0) << "a character not drawn has no glyph";
}

TEST(HaruPatchesTest, APageIsDeflatedOnceAndSaysSo) {
  HaruDocument document;
  HPDF_Page_Rectangle(document.page(), 10, 10, 100, 100);
  HPDF_Page_Fill(document.page());
  HPDF_Dict contents = static_cast<HPDF_PageAttr>(document.page()->attr)->contents;
  const std::string operators(
      reinterpret_cast<const char*>(
          static_cast<HPDF_MemStreamAttr>(contents->stream->attr)->buf->obj[0]),
      contents->stream->size);
  ASSERT_TRUE(DeflatePageContents(document.page()));
  const std::string bytes = document.SavedBytes();
  const size_t filter = bytes.find("/Filter /FlateDecode\n");
  ASSERT_NE(filter, std::string::npos) << "the dictionary writes its own filter";
  EXPECT_EQ(bytes.find("/Filter [/FlateDecode]"), std::string::npos) << "deflated twice";
  const size_t start = bytes.find("stream\r\n", filter) + 8;
  const size_t end = bytes.find("endstream", start);
  ASSERT_NE(end, std::string::npos);
  std::string inflated(4096, '\0');
  uLongf size = inflated.size();
  ASSERT_EQ(uncompress(reinterpret_cast<Bytef*>(inflated.data()), &size,
                       reinterpret_cast<const Bytef*>(bytes.data() + start), end - start),
            Z_OK);
  EXPECT_EQ(inflated.substr(0, size), operators);
}

TEST(HaruPatchesTest, TheCatalogGetsItsLanguage) {
  HaruDocument document;
  ASSERT_TRUE(SetCatalogLanguage(document.pdf(), "fr-FR"));
  const std::string bytes = document.SavedBytes();
  const size_t catalog = bytes.find("/Type /Catalog");
  ASSERT_NE(catalog, std::string::npos);
  const size_t language = bytes.find("/Lang (fr-FR)");
  ASSERT_NE(language, std::string::npos);
  EXPECT_LT(bytes.rfind("<<", language), catalog) << "in the catalog's dictionary";
}

TEST(HaruPatchesTest, APagesOperatorsAreReadAsDrawn) {
  HaruDocument document;
  EXPECT_EQ(PageOperators(document.page()), "");
  HPDF_Page_Rectangle(document.page(), 1, 2, 3, 4);
  HPDF_Page_Fill(document.page());
  EXPECT_EQ(PageOperators(document.page()), "1 2 3 4 re\012f\012");
}

TEST(HaruPatchesTest, TheCatalogGetsUnfilteredXmpMetadata) {
  HaruDocument document;
  HPDF_SetCompressionMode(document.pdf(), HPDF_COMP_ALL);
  ASSERT_TRUE(SetXmpMetadata(document.pdf(), "<x:xmpmeta/>"));
  const std::string bytes = document.SavedBytes();
  const size_t packet = bytes.find("stream\015\012<x:xmpmeta/>");
  ASSERT_NE(packet, std::string::npos);
  const std::string dictionary =
      bytes.substr(bytes.rfind("<<", packet), packet - bytes.rfind("<<", packet));
  EXPECT_NE(dictionary.find("/Subtype /XML"), std::string::npos) << dictionary;
  EXPECT_NE(dictionary.find("/Type /Metadata"), std::string::npos) << dictionary;
  EXPECT_EQ(dictionary.find("/Filter"), std::string::npos) << dictionary;
  EXPECT_NE(bytes.find("/Metadata "), std::string::npos);
}

TEST(HaruPatchesTest, TheTrailerGetsTheIdGiven) {
  HaruDocument without;
  EXPECT_EQ(without.SavedBytes().find("/ID"), std::string::npos);
  HaruDocument document;
  ASSERT_TRUE(SetDocumentId(document.pdf(), std::string("\x01\xAB\x00\xFF", 4)));
  const std::string bytes = document.SavedBytes();
  EXPECT_NE(bytes.find("/ID [ <01AB00FF> <01AB00FF> ]"), std::string::npos)
      << bytes.substr(bytes.rfind("trailer"));
}

TEST(HaruPatchesTest, AnAnnotationIsMarkedPrintable) {
  HaruDocument document;
  HPDF_Rect area{0, 0, 10, 10};
  HPDF_Annotation link = HPDF_Page_CreateURILinkAnnot(document.page(), area, "https://a.fr");
  ASSERT_TRUE(MarkPrintable(link));
  EXPECT_NE(document.SavedBytes().find("/F 4"), std::string::npos);
}

HPDF_STATUS AppendToString(HPDF_Stream stream, const HPDF_BYTE* bytes, HPDF_UINT size) {
  static_cast<std::string*>(stream->attr)->append(reinterpret_cast<const char*>(bytes), size);
  return HPDF_OK;
}

// Takes the first chunk, refuses the others and counts them.
HPDF_STATUS RefuseAfterFirst(HPDF_Stream stream, const HPDF_BYTE*, HPDF_UINT) {
  ++*static_cast<int*>(stream->attr);
  return *static_cast<int*>(stream->attr) == 1 ? HPDF_OK : HPDF_FILE_IO_ERROR;
}

TEST(HaruPatchesTest, SavingThroughACallbackGivesLibharusOwnBytes) {
  HaruDocument document;
  ASSERT_TRUE(document.Font());
  HPDF_SetInfoAttr(document.pdf(), HPDF_INFO_TITLE, "Guide");
  std::string through_callback;
  ASSERT_EQ(SaveThroughCallback(document.pdf(), &AppendToString, &through_callback), HPDF_OK);
  EXPECT_EQ(through_callback, document.SavedBytes());

  // libharu says HPDF_OK after a refused write: the callback must remember
  // its own failure, as PdfWriter's does.
  HaruDocument refused;
  ASSERT_TRUE(refused.Font());
  int calls = 0;
  EXPECT_EQ(SaveThroughCallback(refused.pdf(), &RefuseAfterFirst, &calls), HPDF_OK)
      << "libharu now reports a failed write: PdfWriter could trust its status";
  EXPECT_GE(calls, 2);
}

}  // namespace
}  // namespace coopkit::pdf::haru
