#include "layout/blocks/table_column_widths.h"

#include <gtest/gtest.h>

namespace coopkit::layout {
namespace {

using doc::TableColumn;

TableColumn Spec(const char* width) { return *doc::ParseColumnWidth(width); }

std::vector<float> ResolveAll(const TableColumnWidths& widths, float available) {
  std::vector<size_t> all;
  for (size_t i = 0; i < widths.size(); ++i) all.push_back(i);
  return widths.Resolve(all, available);
}

TEST(TableColumnWidthsTest, FixedColumnsKeepTheirLengthAndSharesSplitTheRest) {
  TableColumnWidths widths({Spec("100pt"), Spec("1fr"), Spec("3fr")},
                           {{10, 20}, {10, 20}, {10, 20}}, 30);
  std::vector<float> resolved = ResolveAll(widths, 500);
  EXPECT_FLOAT_EQ(resolved[0], 100);
  EXPECT_FLOAT_EQ(resolved[1], 100);
  EXPECT_FLOAT_EQ(resolved[2], 300);
}

TEST(TableColumnWidthsTest, AutoTakesItsWidestLineWhenThereIsRoomAndSharesTakeTheRest) {
  TableColumnWidths widths({Spec("auto"), Spec("1fr")}, {{30, 80}, {40, 900}}, 20);
  std::vector<float> resolved = ResolveAll(widths, 400);
  EXPECT_FLOAT_EQ(resolved[0], 80);
  EXPECT_FLOAT_EQ(resolved[1], 320);
}

TEST(TableColumnWidthsTest, AnAutoColumnOfLongTextGrowsNoMoreThanAOneFrColumn) {
  // Floors of 30 leave 340 points: a quarter (1 of 1 + 1 + 2 shares) at most
  // for the auto column, the rest to the fractions by their shares.
  TableColumnWidths widths({Spec("auto"), Spec("1fr"), Spec("2fr")},
                           {{30, 5000}, {30, 5000}, {30, 5000}}, 20);
  std::vector<float> resolved = ResolveAll(widths, 430);
  EXPECT_FLOAT_EQ(resolved[0], 115);
  EXPECT_FLOAT_EQ(resolved[1], 105);
  EXPECT_FLOAT_EQ(resolved[2], 210);
}

TEST(TableColumnWidthsTest, AutoColumnsShrinkTowardTheirLongestWordInProportion) {
  // Each wants 250 more than its minimum; 200 of room: 100 each.
  TableColumnWidths widths({Spec("auto"), Spec("auto")}, {{50, 300}, {50, 300}}, 20);
  std::vector<float> resolved = ResolveAll(widths, 300);
  EXPECT_FLOAT_EQ(resolved[0], 150);
  EXPECT_FLOAT_EQ(resolved[1], 150);
  // Every column goes the same fraction of the way from its minimum to its
  // widest line: here 200 / 960 of it.
  TableColumnWidths uneven({Spec("auto"), Spec("auto")}, {{50, 60}, {50, 1000}}, 20);
  resolved = ResolveAll(uneven, 300);
  EXPECT_FLOAT_EQ(resolved[0], 50 + 10 * 200.0f / 960);
  EXPECT_FLOAT_EQ(resolved[1], 50 + 950 * 200.0f / 960);
}

TEST(TableColumnWidthsTest, AutoColumnsFillTheLineInProportionToTheirContent) {
  TableColumnWidths widths({Spec("auto"), Spec("auto")}, {{10, 50}, {10, 150}}, 5);
  std::vector<float> resolved = ResolveAll(widths, 400);
  EXPECT_FLOAT_EQ(resolved[0], 100);
  EXPECT_FLOAT_EQ(resolved[1], 300);
}

TEST(TableColumnWidthsTest, NoColumnIsNarrowerThanTheReadableWidthUnlessItsTextIs) {
  // 1fr of 300 would be 30, below the readable 60: it keeps 60.
  TableColumnWidths widths({Spec("1fr"), Spec("9fr")}, {{10, 500}, {10, 500}}, 60);
  EXPECT_FLOAT_EQ(widths.Minimum(0), 60);
  std::vector<float> resolved = ResolveAll(widths, 300);
  EXPECT_FLOAT_EQ(resolved[0], 60);
  EXPECT_FLOAT_EQ(resolved[1], 240);
  // « Oui » needs 20 points and never wraps: it may be narrower.
  TableColumnWidths short_text({Spec("auto"), Spec("1fr")}, {{20, 20}, {10, 500}}, 60);
  EXPECT_FLOAT_EQ(short_text.Minimum(0), 20);
  EXPECT_FLOAT_EQ(ResolveAll(short_text, 300)[0], 20);
  // A word wider than the readable width sets the minimum, fixed or not.
  TableColumnWidths long_word({Spec("30pt"), Spec("auto")}, {{90, 200}, {70, 80}}, 60);
  EXPECT_FLOAT_EQ(long_word.Minimum(0), 90);
  EXPECT_FLOAT_EQ(long_word.Minimum(1), 70);
}

TEST(TableColumnWidthsTest, MinimumsThatDoNotFitAreScaledDownToTheWidth) {
  TableColumnWidths widths({Spec("auto"), Spec("auto")}, {{200, 300}, {200, 300}}, 20);
  std::vector<float> resolved = ResolveAll(widths, 300);
  EXPECT_FLOAT_EQ(resolved[0] + resolved[1], 300);
}

TEST(TableColumnWidthsTest, ColumnsThatFitMakeOneSlice) {
  TableColumnWidths widths(std::vector<TableColumn>(3, Spec("1fr")),
                           std::vector<ContentWidths>(3, {10, 500}), 100);
  auto slices = widths.Slices(1, 300);
  ASSERT_EQ(slices.size(), 1u);
  EXPECT_EQ(slices[0], (std::vector<size_t>{0, 1, 2}));
}

TEST(TableColumnWidthsTest, TooManyColumnsAreSlicedRepeatingTheStubColumns) {
  TableColumnWidths widths(std::vector<TableColumn>(6, Spec("1fr")),
                           std::vector<ContentWidths>(6, {10, 500}), 100);
  auto slices = widths.Slices(1, 350);
  ASSERT_EQ(slices.size(), 3u);
  EXPECT_EQ(slices[0], (std::vector<size_t>{0, 1, 2}));
  EXPECT_EQ(slices[1], (std::vector<size_t>{0, 3, 4}));
  EXPECT_EQ(slices[2], (std::vector<size_t>{0, 5}));
  for (const auto& slice : slices) {
    std::vector<float> resolved = widths.Resolve(slice, 350);
    float total = 0;
    for (float width : resolved) {
      EXPECT_GE(width, 100 - 1e-3);
      total += width;
    }
    EXPECT_NEAR(total, 350, 1e-3);
  }
  // Without stub columns, slices only share out the columns.
  auto plain = widths.Slices(0, 350);
  ASSERT_EQ(plain.size(), 2u);
  EXPECT_EQ(plain[1], (std::vector<size_t>{3, 4, 5}));
}

}  // namespace
}  // namespace coopkit::layout
