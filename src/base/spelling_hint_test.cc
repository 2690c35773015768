#include "base/spelling_hint.h"

#include <gtest/gtest.h>

namespace coopkit {
namespace {

TEST(SpellingHintTest, EditDistance) {
  EXPECT_EQ(EditDistance("", ""), 0u);
  EXPECT_EQ(EditDistance("title", "title"), 0u);
  EXPECT_EQ(EditDistance("tilte", "title"), 2u);
  EXPECT_EQ(EditDistance("titl", "title"), 1u);
  EXPECT_EQ(EditDistance("abc", ""), 3u);
}

TEST(SpellingHintTest, SuggestsTheClosestCandidate) {
  std::vector<std::string> keys = {"title", "template", "content", "output"};
  EXPECT_EQ(DidYouMean("tilte", keys), "did you mean 'title'?");
  EXPECT_EQ(DidYouMean("templte", keys), "did you mean 'template'?");
  EXPECT_EQ(DidYouMean("outptu", keys), "did you mean 'output'?");
}

TEST(SpellingHintTest, StaysQuietWhenNothingIsClose) {
  std::vector<std::string> keys = {"title", "template"};
  EXPECT_EQ(DidYouMean("paper", keys), "");
  EXPECT_EQ(DidYouMean("x", {}), "");
}

}  // namespace
}  // namespace coopkit
