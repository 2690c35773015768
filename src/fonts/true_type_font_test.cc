#include "fonts/true_type_font.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace coopkit::fonts {
namespace {

const std::string kNotoDir = "/usr/share/fonts/truetype/noto/";

std::string WriteTempFile(const std::string& name, const std::string& bytes) {
  const std::string path = testing::TempDir() + name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

std::string ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

std::string LoadError(const std::string& path) {
  std::string error;
  EXPECT_EQ(TrueTypeFont::Load(path, &error), nullptr);
  return error;
}

TEST(TrueTypeFontTest, ReadsNamesAndMetricsOfNotoSerif) {
  std::string error;
  auto regular = TrueTypeFont::Load(kNotoDir + "NotoSerif-Regular.ttf", &error);
  ASSERT_NE(regular, nullptr) << error;
  EXPECT_EQ(regular->family_name(), "Noto Serif");
  EXPECT_FALSE(regular->bold());
  EXPECT_FALSE(regular->italic());
  EXPECT_GT(regular->Ascender(), 0.5f);
  EXPECT_LT(regular->Descender(), 0.0f);

  auto bold_italic = TrueTypeFont::Load(kNotoDir + "NotoSerif-BoldItalic.ttf", &error);
  ASSERT_NE(bold_italic, nullptr) << error;
  EXPECT_TRUE(bold_italic->bold());
  EXPECT_TRUE(bold_italic->italic());
  EXPECT_EQ(bold_italic->weight(), 700);
}

TEST(TrueTypeFontTest, AdvancesAreInEmAndStableAcrossLookups) {
  std::string error;
  auto font = TrueTypeFont::Load(kNotoDir + "NotoSerif-Regular.ttf", &error);
  ASSERT_NE(font, nullptr) << error;
  const float m = font->Advance(U'm');
  EXPECT_GT(m, 0.5f);
  EXPECT_LT(m, 1.2f);
  EXPECT_LT(font->Advance(U'i'), m);
  EXPECT_LT(font->Advance(U'\u202F'), font->Advance(U' ') * 1.01f);
  EXPECT_EQ(font->Advance(U'm'), m);  // second lookup comes from the cache
  EXPECT_TRUE(font->HasGlyph(U'œ'));
  EXPECT_TRUE(font->HasGlyph(U'\u202F'));
  EXPECT_FALSE(font->HasGlyph(U'\U0001F600'));    // beyond the BMP, not cached
  EXPECT_FALSE(font->HasGlyph(U'\uE000'));        // private use
  EXPECT_GT(font->Advance(U'\U0001F600'), 0.0f);  // the missing glyph's width
}

TEST(TrueTypeFontTest, MonospacedFaceHasEqualAdvances) {
  std::string error;
  auto mono = TrueTypeFont::Load(kNotoDir + "NotoSansMono-Regular.ttf", &error);
  ASSERT_NE(mono, nullptr) << error;
  EXPECT_FLOAT_EQ(mono->Advance(U'i'), mono->Advance(U'W'));
  EXPECT_FLOAT_EQ(mono->Advance(U'é'), mono->Advance(U' '));
}

TEST(TrueTypeFontTest, RefusesGarbageCleanly) {
  EXPECT_NE(LoadError(WriteTempFile("garbage.ttf", "12345678")).find("not a font"),
            std::string::npos);
  EXPECT_NE(LoadError(WriteTempFile("empty.ttf", "")).find("not a font"), std::string::npos);
  EXPECT_NE(LoadError(WriteTempFile("text.ttf", std::string(4096, 'x'))).find("not a TrueType"),
            std::string::npos);
  EXPECT_NE(LoadError(testing::TempDir() + "absent.ttf").find("cannot be opened"),
            std::string::npos);
}

TEST(TrueTypeFontTest, RefusesTruncatedFont) {
  const std::string bytes = ReadBytes(kNotoDir + "NotoSans-Regular.ttf");
  ASSERT_GT(bytes.size(), 10000u);
  for (size_t length : {size_t{20}, size_t{300}, size_t{5000}, bytes.size() / 2}) {
    const std::string error = LoadError(WriteTempFile("truncated.ttf", bytes.substr(0, length)));
    EXPECT_NE(error.find("truncated"), std::string::npos) << length << ": " << error;
  }
}

TEST(TrueTypeFontTest, RefusesCffOutlinesAndCollections) {
  std::string cff = "OTTO";
  cff += std::string(200, '\0');
  const std::string error = LoadError(WriteTempFile("cff.otf", cff));
  EXPECT_NE(error.find("CFF"), std::string::npos) << error;
  EXPECT_NE(error.find("libharu"), std::string::npos) << error;
  EXPECT_NE(LoadError(WriteTempFile("fonts.ttc", "ttcf" + std::string(200, '\0'))).find(".ttc"),
            std::string::npos);
  const std::string urw = "/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf";
  if (std::filesystem::exists(urw)) {
    EXPECT_NE(LoadError(urw).find("CFF"), std::string::npos);
  }
}

}  // namespace
}  // namespace coopkit::fonts
