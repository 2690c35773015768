#include "markup/character_references.h"

#include <gtest/gtest.h>

namespace coopkit::markup {
namespace {

TEST(CharacterReferencesTest, ReferencesToNoCharacterAreFound) {
  const std::pair<std::string, std::string> cases[] = {
      {"A&#0;B", "the character reference '&#0;' names U+0000 (NUL), which is not a character"},
      {"A &#xD800; C",
       "the character reference '&#xD800;' names U+D800, a surrogate, which is "
       "not a character"},
      {"&#XDFFF;", "names U+DFFF, a surrogate"},
      {"&#1114112;", "names no character: Unicode ends at U+10FFFF"},
      {"&#xFFFFFF;", "names no character"},
      {"&#xFFFE;", "names U+FFFE, which is not a character"},
      {"&#65535;", "names U+FFFF, which is not a character"},
      {"&#xFDD0;", "names U+FDD0, which is not a character"},
      {"&#x10FFFF;", "names U+10FFFF, which is not a character"},
      {"&#7;", "names U+0007, a control character"},
      {"&#x85;", "names U+0085, a control character"},
      {"&#00000000;", "names U+0000 (NUL)"},
      {"&#12345678;", "names no character"},
      {"&#xFFFFFFFF;", "names no character"},
  };
  for (const auto& [source, message] : cases) {
    std::vector<BadCharacterReference> found = FindBadCharacterReferences(source);
    ASSERT_EQ(found.size(), 1u) << source;
    EXPECT_EQ(found[0].offset, source.find('&')) << source;
    EXPECT_NE(found[0].message.find(message), std::string::npos) << found[0].message;
  }
}

TEST(CharacterReferencesTest, EveryOneIsFound) {
  std::vector<BadCharacterReference> found =
      FindBadCharacterReferences("A&#0;B &#xD800; &#233;&#7;");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].offset, 1u);
  EXPECT_EQ(found[1].offset, 7u);
  EXPECT_EQ(found[2].offset, 22u);
}

TEST(CharacterReferencesTest, CharactersEscapesAndNonReferencesAreText) {
  for (const char* source :
       {"&#233; &#xE9; &#x1F600; &#65533; &#9; &#10; &amp;", "\\&#0;", "\\\\\\&#0;", "&#123456789;",
        "&#x123456789;", "&#0", "&#;", "&#x;", "&# 0;", "&#x0g;"})
    EXPECT_TRUE(FindBadCharacterReferences(source).empty()) << source;
  EXPECT_EQ(FindBadCharacterReferences("\\\\&#0;").size(), 1u)
      << "an escaped backslash escapes nothing";
}

}  // namespace
}  // namespace coopkit::markup
