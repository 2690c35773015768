#include "content/text_position.h"

#include <gtest/gtest.h>

namespace coopkit::content {
namespace {

TEST(TextPositionTest, OffsetToLineAndCharacterColumn) {
  std::string text = "ab\nçé x\n";
  SourceLocation at_x = LocationOfOffset("f", text, text.find('x'));
  EXPECT_EQ(at_x.line, 2);
  EXPECT_EQ(at_x.column, 4);
  EXPECT_EQ(LocationOfOffset("f", text, 0).line, 1);
  EXPECT_EQ(LocationOfOffset("f", text, 0).column, 1);
  EXPECT_EQ(LocationOfOffset("f", text, 2).line, 1);  // the newline itself
  EXPECT_EQ(LocationOfOffset("f", text, 3).line, 2);
}

TEST(TextPositionTest, LineAndByteColumn) {
  std::string text = "a\nçé x\n";
  SourceLocation at_x = LocationOfLineByte("f", text, 1, 5);
  EXPECT_EQ(at_x.line, 2);
  EXPECT_EQ(at_x.column, 4);
}

TEST(TextPositionTest, FindsMalformedUtf8ButAcceptsReplacementCharacter) {
  EXPECT_EQ(FindInvalidUtf8("ok \xEF\xBF\xBD fine"), std::string::npos);
  EXPECT_EQ(FindInvalidUtf8("ok \xC3"), 3u);
}

}  // namespace
}  // namespace coopkit::content
