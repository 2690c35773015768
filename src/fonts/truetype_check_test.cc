#include "fonts/truetype_check.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/file_io.h"

namespace coopkit::fonts {
namespace {

constexpr char kNotoSerif[] = "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf";

void AppendU16(std::string* out, uint32_t value) {
  out->push_back(static_cast<char>(value >> 8 & 0xFF));
  out->push_back(static_cast<char>(value & 0xFF));
}

void AppendU32(std::string* out, uint32_t value) {
  AppendU16(out, value >> 16);
  AppendU16(out, value & 0xFFFF);
}

// An sfnt file with the given version tag and tables of 4 zero bytes each.
std::string SfntFile(const std::string& version, const std::vector<std::string>& tags) {
  std::string file = version;
  AppendU16(&file, static_cast<uint32_t>(tags.size()));
  file.append(6, '\0');  // searchRange, entrySelector, rangeShift
  uint32_t offset = static_cast<uint32_t>(12 + 16 * tags.size());
  for (const std::string& tag : tags) {
    file += tag;
    AppendU32(&file, 0);  // checksum
    AppendU32(&file, offset);
    AppendU32(&file, 4);
    offset += 4;
  }
  file.append(4 * tags.size(), '\0');
  return file;
}

const std::vector<std::string> kTrueTypeTables = {"cmap", "glyf", "head", "hhea",
                                                  "hmtx", "loca", "maxp"};

TEST(TrueTypeCheckTest, AcceptsARealTrueTypeFont) {
  std::string error;
  std::optional<std::string> bytes = ReadFile(kNotoSerif, &error);
  ASSERT_TRUE(bytes) << error;
  std::string problem;
  EXPECT_TRUE(CheckTrueTypeFont(*bytes, &problem)) << problem;
}

TEST(TrueTypeCheckTest, AcceptsBothTrueTypeVersionTags) {
  std::string problem;
  EXPECT_TRUE(CheckTrueTypeFont(SfntFile(std::string("\0\1\0\0", 4), kTrueTypeTables), &problem))
      << problem;
  EXPECT_TRUE(CheckTrueTypeFont(SfntFile("true", kTrueTypeTables), &problem)) << problem;
}

TEST(TrueTypeCheckTest, RefusesCffAndCollectionsByName) {
  std::string problem;
  EXPECT_FALSE(CheckTrueTypeFont(SfntFile("OTTO", kTrueTypeTables), &problem));
  EXPECT_NE(problem.find("CFF"), std::string::npos) << problem;
  EXPECT_FALSE(CheckTrueTypeFont(SfntFile("ttcf", kTrueTypeTables), &problem));
  EXPECT_NE(problem.find(".ttc"), std::string::npos) << problem;
}

TEST(TrueTypeCheckTest, RefusesFilesThatAreNotFonts) {
  std::string problem;
  EXPECT_FALSE(CheckTrueTypeFont("not a font", &problem));
  EXPECT_NE(problem.find("not a font file"), std::string::npos) << problem;
  EXPECT_FALSE(CheckTrueTypeFont("%PDF-1.7 not a font either", &problem));
  EXPECT_NE(problem.find("not a TrueType font"), std::string::npos) << problem;
}

TEST(TrueTypeCheckTest, RefusesADirectoryLongerThanTheFile) {
  std::string file = SfntFile("true", kTrueTypeTables);
  std::string problem;
  EXPECT_FALSE(CheckTrueTypeFont(file.substr(0, 12 + 16 * 3), &problem));
  EXPECT_NE(problem.find("table directory"), std::string::npos) << problem;
}

TEST(TrueTypeCheckTest, RefusesATruncatedFont) {
  std::string error;
  std::optional<std::string> bytes = ReadFile(kNotoSerif, &error);
  ASSERT_TRUE(bytes) << error;
  std::string problem;
  EXPECT_FALSE(CheckTrueTypeFont(std::string_view(*bytes).substr(0, bytes->size() / 2), &problem));
  EXPECT_NE(problem.find("ends past the end of the file"), std::string::npos) << problem;
}

TEST(TrueTypeCheckTest, NamesAMissingRequiredTable) {
  std::vector<std::string> without_glyf = kTrueTypeTables;
  std::erase(without_glyf, "glyf");
  std::string problem;
  EXPECT_FALSE(CheckTrueTypeFont(SfntFile("true", without_glyf), &problem));
  EXPECT_NE(problem.find("'glyf'"), std::string::npos) << problem;
}

}  // namespace
}  // namespace coopkit::fonts
