#include "layout/inline/first_fit_line_breaker.h"

#include <gtest/gtest.h>

namespace coopkit::layout {
namespace {

using Items = std::vector<BreakItem>;

// Words of the given widths separated by glue of width 5 (stretch 2.5, shrink
// 5/3), ended like a paragraph.
Items Words(std::initializer_list<float> widths) {
  Items items;
  for (float width : widths) {
    if (!items.empty()) items.push_back(BreakItem::Glue(5, 2.5f, 5.0f / 3));
    items.push_back(BreakItem::Box(width));
  }
  items.push_back(BreakItem::Penalty(0, kForcedBreak, false));
  return items;
}

std::vector<size_t> Break(const Items& items, float width) {
  return FirstFitLineBreaker().Break(items, {width, width});
}

TEST(FirstFitLineBreakerTest, FillsLinesGreedily) {
  // 10 + 5 + 10 = 25 fits in 27; adding 5 + 10 does not, even shrunk (38.3).
  const Items items = Words({10, 10, 10, 10, 10});
  EXPECT_EQ(Break(items, 27), (std::vector<size_t>{3, 7, 9}));
  // Everything on one line when it fits.
  EXPECT_EQ(Break(items, 100), (std::vector<size_t>{9}));
}

TEST(FirstFitLineBreakerTest, ShrinksGlueToFitWhenAllowed) {
  // The first three words are 40 wide; their two glues can give up 10/3:
  // 36.67 fits in 37 but not in 36.
  EXPECT_EQ(Break(Words({10, 10, 10, 10}), 37), (std::vector<size_t>{5, 7}));
  EXPECT_EQ(Break(Words({10, 10, 10, 10}), 36), (std::vector<size_t>{3, 7}));
}

TEST(FirstFitLineBreakerTest, LineEndingAtForcedBreakIsNotShrunk) {
  // The last line is set at its natural width: 40 does not fit in 37.
  EXPECT_EQ(Break(Words({10, 10, 10}), 37), (std::vector<size_t>{3, 5}));
}

TEST(FirstFitLineBreakerTest, HonoursForcedBreaks) {
  Items items = Words({10, 10});
  items.insert(items.begin() + 1, BreakItem::Penalty(0, kForcedBreak, false));
  // box, forced, glue, box, end: the glue after the forced break is dropped.
  EXPECT_EQ(Break(items, 100), (std::vector<size_t>{1, 4}));
}

TEST(FirstFitLineBreakerTest, NeverBreaksAtForbiddenPenaltyOrGlueAfterGlue) {
  Items items = {BreakItem::Box(10),
                 BreakItem::Penalty(0, kForbiddenBreak, false),
                 BreakItem::Glue(5, 2, 1),
                 BreakItem::Box(10),
                 BreakItem::Glue(5, 2, 1),
                 BreakItem::Box(10),
                 BreakItem::Penalty(0, kForcedBreak, false)};
  // The first glue is no break (a penalty, not a box, precedes it), so the
  // first line must hold both first boxes.
  EXPECT_EQ(Break(items, 26), (std::vector<size_t>{4, 6}));
}

TEST(FirstFitLineBreakerTest, CountsTheHyphenOfAPenaltyBreak) {
  // box 20, hyphenation point (hyphen 4), box 10; glue; box 10.
  Items items = {BreakItem::Box(20), BreakItem::Penalty(4, 50, true),
                 BreakItem::Box(10), BreakItem::Glue(5, 2.5f, 0),
                 BreakItem::Box(10), BreakItem::Penalty(0, kForcedBreak, false)};
  // Width 23: 20 + hyphen 4 = 24 does not fit, so no break at the penalty is
  // possible and the first line is overfull only up to the first legal break.
  EXPECT_EQ(Break(items, 23)[0], 1u);
  // Width 24: the hyphenated line fits exactly and is the only choice.
  EXPECT_EQ(Break(items, 24), (std::vector<size_t>{1, 3, 5}));
  // Width 31: "20-10" (30) and then "10".
  EXPECT_EQ(Break(items, 31), (std::vector<size_t>{3, 5}));
}

TEST(FirstFitLineBreakerTest, HyphenatesOnlyWhenTheSpaceBreakIsTooLoose) {
  // 10 _ 15 _ 3-20: breaking at the second glue gives 30 with a stretch of
  // 20; breaking at the hyphen gives 40 with a stretch of 40, and costs 50.
  Items items = {BreakItem::Box(10), BreakItem::Glue(5, 20, 0),
                 BreakItem::Box(15), BreakItem::Glue(5, 20, 0),
                 BreakItem::Box(3),  BreakItem::Penalty(2, 50, true),
                 BreakItem::Box(20), BreakItem::Penalty(0, kForcedBreak, false)};
  // Width 40: the space break stretches by half (badness 12.5 < 0 + 50).
  EXPECT_EQ(Break(items, 40)[0], 3u);
  // Width 50: the space break would stretch fully (100 > 1.6 + 50).
  EXPECT_EQ(Break(items, 50)[0], 5u);
}

TEST(FirstFitLineBreakerTest, UsesTheNarrowerFirstLine) {
  const Items items = Words({10, 10, 10, 10});
  EXPECT_EQ(FirstFitLineBreaker().Break(items, {12, 40}), (std::vector<size_t>{1, 7}));
}

}  // namespace
}  // namespace coopkit::layout
