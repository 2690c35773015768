#include "backends/pdf/font_subsetter.h"

#include <gtest/gtest.h>
#include <hb.h>
#include <hpdf.h>

#include <string>
#include <vector>

#include "base/file_io.h"
#include "base/utf8.h"
#include "tests/support/tool_runner.h"

namespace coopkit::pdf {
namespace {

constexpr char kNotoSerif[] = "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf";
const std::string kSample = "« Coopérer : œ ’ »";

std::vector<char32_t> CodePoints(const std::string& text) {
  std::vector<char32_t> code_points;
  for (size_t pos = 0; pos < text.size();) code_points.push_back(DecodeUtf8(text, &pos));
  return code_points;
}

// The characters `font` maps to a glyph, sorted.
std::vector<char32_t> MappedCodePoints(const std::string& font) {
  hb_blob_t* blob = hb_blob_create(font.data(), static_cast<unsigned>(font.size()),
                                   HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  hb_face_t* face = hb_face_create(blob, 0);
  hb_set_t* set = hb_set_create();
  hb_face_collect_unicodes(face, set);
  std::vector<char32_t> mapped;
  for (hb_codepoint_t cp = HB_SET_VALUE_INVALID; hb_set_next(set, &cp);) mapped.push_back(cp);
  hb_set_destroy(set);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  return mapped;
}

class FontSubsetterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    std::optional<std::string> bytes = ReadFile(kNotoSerif, &error);
    ASSERT_TRUE(bytes) << error;
    noto_ = *bytes;
  }

  std::string noto_;
};

TEST_F(FontSubsetterTest, SubsetIsSmallAndMapsExactlyTheRequestedCharacters) {
  std::string error;
  std::optional<std::string> subset = SubsetTrueType(noto_, CodePoints(kSample), &error);
  ASSERT_TRUE(subset) << error;
  EXPECT_LT(subset->size() * 20, noto_.size()) << subset->size();
  std::vector<char32_t> expected = {U' ', U':', U'C', U'e', U'o', U'p',
                                    U'r', U'«', U'»', U'é', U'œ', U'’'};
  EXPECT_EQ(MappedCodePoints(*subset), expected);
}

TEST_F(FontSubsetterTest, SameInputGivesTheSameBytes) {
  std::string error;
  std::optional<std::string> first = SubsetTrueType(noto_, CodePoints(kSample), &error);
  std::optional<std::string> second = SubsetTrueType(noto_, CodePoints(kSample), &error);
  ASSERT_TRUE(first && second) << error;
  EXPECT_TRUE(*first == *second);
}

TEST_F(FontSubsetterTest, NotAFontIsRefusedWithAReason) {
  std::string error;
  EXPECT_FALSE(SubsetTrueType("not a font at all", CodePoints(kSample), &error));
  EXPECT_NE(error, "");
}

TEST_F(FontSubsetterTest, LibharuLoadsTheSubsetAsAnEmbeddedUtf8Font) {
  std::string error;
  std::optional<std::string> subset = SubsetTrueType(noto_, CodePoints(kSample), &error);
  ASSERT_TRUE(subset) << error;
  testing::TempDir dir;
  const std::string font_file = dir.File("subset.ttf");
  ASSERT_TRUE(WriteFileAtomically(font_file, *subset, &error)) << error;

  HPDF_Doc pdf = HPDF_New(nullptr, nullptr);
  ASSERT_NE(pdf, nullptr);
  HPDF_UseUTFEncodings(pdf);
  const char* name = HPDF_LoadTTFontFromFile(pdf, font_file.c_str(), HPDF_TRUE);
  ASSERT_NE(name, nullptr) << HPDF_GetError(pdf);
  EXPECT_STREQ(name, "NotoSerif-Regular");
  HPDF_Font font = HPDF_GetFont(pdf, name, "UTF-8");
  ASSERT_NE(font, nullptr) << HPDF_GetError(pdf);
  HPDF_Page page = HPDF_AddPage(pdf);
  HPDF_Page_BeginText(page);
  HPDF_Page_SetFontAndSize(page, font, 12);
  HPDF_Page_TextOut(page, 50, 700, kSample.c_str());
  HPDF_Page_EndText(page);
  const std::string pdf_file = dir.File("out.pdf");
  EXPECT_EQ(HPDF_SaveToFile(pdf, pdf_file.c_str()), HPDF_OK);
  HPDF_Free(pdf);

  int exit_code;
  std::string fonts = testing::RunTool("pdffonts " + testing::ShellQuote(pdf_file), &exit_code);
  EXPECT_EQ(exit_code, 0);
  EXPECT_NE(fonts.find("NotoSerif-Regular"), std::string::npos) << fonts;
  EXPECT_NE(fonts.find("CID TrueType      Identity-H       yes"), std::string::npos) << fonts;
}

}  // namespace
}  // namespace coopkit::pdf
