#include "base/line_break.h"

#include <gtest/gtest.h>

namespace coopkit {
namespace {

TEST(LineBreakTest, CountsEachKindOfBreakOnce) {
  const std::string_view text = "a\nb\r\nc\rd";
  EXPECT_EQ(LineBreakAt(text, 0), 0u);
  EXPECT_EQ(LineBreakAt(text, 1), 1u);
  EXPECT_EQ(LineBreakAt(text, 3), 2u);
  EXPECT_EQ(LineBreakAt(text, 6), 1u);
  EXPECT_EQ(LineBreakAt(text, 99), 0u);
  EXPECT_EQ(FindLineBreak(text, 2), 3u);
  EXPECT_EQ(FindLineBreak(text, 7), std::string_view::npos);
}

TEST(LineBreakTest, LoneCarriageReturnsBecomeLineFeedsInPlace) {
  std::string text = "a\rb\r\nc\r\r";
  MakeLoneCarriageReturnsLineFeeds(&text);
  EXPECT_EQ(text, "a\nb\r\nc\n\n");
}

}  // namespace
}  // namespace coopkit
