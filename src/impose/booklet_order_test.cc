#include "impose/booklet_order.h"

#include <gtest/gtest.h>

#include <set>
#include <vector>

namespace coopkit::impose {
namespace {

constexpr int kBlank = SheetSide::kBlank;

// The order with pages counted from 1 as a print shop writes it (0 for a
// blank half): {left, right} of each sheet side.
std::vector<std::vector<int>> OneBased(const std::vector<SheetSide>& sides) {
  std::vector<std::vector<int>> out;
  for (const SheetSide& side : sides) out.push_back({side.left + 1, side.right + 1});
  return out;
}

TEST(BookletOrderTest, SheetCountRoundsUpToFourPages) {
  EXPECT_EQ(BookletSheetCount(0), 0);
  EXPECT_EQ(BookletSheetCount(1), 1);
  EXPECT_EQ(BookletSheetCount(4), 1);
  EXPECT_EQ(BookletSheetCount(5), 2);
  EXPECT_EQ(BookletSheetCount(8), 2);
  EXPECT_EQ(BookletSheetCount(12), 3);
  EXPECT_EQ(BookletSheetCount(13), 4);
  EXPECT_EQ(BookletSheetCount(16), 4);
}

TEST(BookletOrderTest, FourPagesTakeOneSheet) {
  EXPECT_EQ(OneBased(BookletOrder(4, BlankPages::kAtEnd)),
            (std::vector<std::vector<int>>{{4, 1}, {2, 3}}));
}

TEST(BookletOrderTest, EightPages) {
  EXPECT_EQ(OneBased(BookletOrder(8, BlankPages::kAtEnd)),
            (std::vector<std::vector<int>>{{8, 1}, {2, 7}, {6, 3}, {4, 5}}));
}

TEST(BookletOrderTest, TwelvePages) {
  EXPECT_EQ(OneBased(BookletOrder(12, BlankPages::kAtEnd)),
            (std::vector<std::vector<int>>{{12, 1}, {2, 11}, {10, 3}, {4, 9}, {8, 5}, {6, 7}}));
}

TEST(BookletOrderTest, ThirteenPagesEndWithThreeBlanks) {
  // Pages 14 to 16 are blank: the booklet's back (16) among them.
  EXPECT_EQ(OneBased(BookletOrder(13, BlankPages::kAtEnd)),
            (std::vector<std::vector<int>>{
                {0, 1}, {2, 0}, {0, 3}, {4, 13}, {12, 5}, {6, 11}, {10, 7}, {8, 9}}));
}

TEST(BookletOrderTest, ABackCoverStaysTheLastPageAfterTheBlanks) {
  // Page 13 is printed as the booklet's page 16, behind its cover.
  EXPECT_EQ(OneBased(BookletOrder(13, BlankPages::kBeforeLastPage)),
            (std::vector<std::vector<int>>{
                {13, 1}, {2, 0}, {0, 3}, {4, 0}, {12, 5}, {6, 11}, {10, 7}, {8, 9}}));
  // Without blanks to add, nothing moves.
  EXPECT_EQ(BookletOrder(12, BlankPages::kBeforeLastPage), BookletOrder(12, BlankPages::kAtEnd));
}

TEST(BookletOrderTest, NoPagesNoSheets) {
  EXPECT_TRUE(BookletOrder(0, BlankPages::kAtEnd).empty());
}

// Folding the sheets nested in print order: reading the booklet gives every
// page once, in order, whatever its length.
TEST(BookletOrderTest, FoldedSheetsReadInOrder) {
  for (int pages = 1; pages <= 40; ++pages) {
    for (BlankPages blanks : {BlankPages::kAtEnd, BlankPages::kBeforeLastPage}) {
      std::vector<SheetSide> sides = BookletOrder(pages, blanks);
      const int sheets = BookletSheetCount(pages);
      ASSERT_EQ(sides.size(), static_cast<size_t>(2 * sheets));
      // The outer sheet first: its front's right half is page 1, its back's
      // left half page 2, and so on to the middle; then back out through
      // the back's right halves and the front's left halves.
      std::vector<int> read;
      for (int s = 0; s < sheets; ++s) {
        read.push_back(sides[2 * s].right);
        read.push_back(sides[2 * s + 1].left);
      }
      for (int s = sheets - 1; s >= 0; --s) {
        read.push_back(sides[2 * s + 1].right);
        read.push_back(sides[2 * s].left);
      }
      std::vector<int> printed;
      for (int page : read)
        if (page != kBlank) printed.push_back(page);
      ASSERT_EQ(printed.size(), static_cast<size_t>(pages)) << pages;
      for (int i = 0; i < pages; ++i) EXPECT_EQ(printed[i], i) << pages;
      EXPECT_EQ(read.front(), 0);
      if (blanks == BlankPages::kBeforeLastPage && pages > 1) {
        EXPECT_EQ(read.back(), pages - 1) << pages;
      }
    }
  }
}

}  // namespace
}  // namespace coopkit::impose
