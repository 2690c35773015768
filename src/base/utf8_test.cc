#include "base/utf8.h"

#include <gtest/gtest.h>

namespace coopkit {
namespace {

TEST(Utf8Test, RoundTripsFrenchCharacters) {
  const std::u32string cps = U"é œ « » ’ \u00A0\u202F€";
  std::string encoded;
  for (char32_t cp : cps) AppendUtf8(&encoded, cp);
  std::u32string decoded;
  for (size_t pos = 0; pos < encoded.size();) decoded.push_back(DecodeUtf8(encoded, &pos));
  EXPECT_EQ(decoded, cps);
  EXPECT_EQ(Utf8Length(encoded), cps.size());
  EXPECT_TRUE(IsValidUtf8(encoded));
}

TEST(Utf8Test, MalformedBytesDecodeAsReplacementAndAdvance) {
  std::string bad = "a\xC3(b";  // truncated sequence
  size_t pos = 1;
  EXPECT_EQ(DecodeUtf8(bad, &pos), kReplacementCharacter);
  EXPECT_EQ(pos, 2u);
  EXPECT_FALSE(IsValidUtf8(bad));
  EXPECT_FALSE(IsValidUtf8("\xE9t\xE9"));  // Latin-1 "été"
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));   // overlong "/"
  std::string cut = "\xE2\x80";            // truncated at end of text
  pos = 0;
  EXPECT_EQ(DecodeUtf8(cut, &pos), kReplacementCharacter);
}

TEST(Utf8Test, EncodesEachLength) {
  std::string out;
  AppendUtf8(&out, U'A');
  AppendUtf8(&out, U'é');
  AppendUtf8(&out, U'’');
  AppendUtf8(&out, U'\U0001F600');
  EXPECT_EQ(out, "A\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80");
}

TEST(Utf8Test, DescribesACodePointWithTheCharacterWhenVisible) {
  EXPECT_EQ(DescribeCodePoint(U'\U0001D538'), "U+1D538 \U0001D538");
  EXPECT_EQ(DescribeCodePoint(U'é'), "U+00E9 é");
  EXPECT_EQ(DescribeCodePoint(U'\u202F'), "U+202F");
  EXPECT_EQ(DescribeCodePoint(U'\x07'), "U+0007");
}

TEST(Utf8Test, RemoveByteOrderMarkRemovesOnlyALeadingOne) {
  std::string text = "\xEF\xBB\xBF# Titre \xEF\xBB\xBF";
  RemoveByteOrderMark(&text);
  EXPECT_EQ(text, "# Titre \xEF\xBB\xBF");
  RemoveByteOrderMark(&text);
  EXPECT_EQ(text, "# Titre \xEF\xBB\xBF");
}

}  // namespace
}  // namespace coopkit
