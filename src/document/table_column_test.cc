#include "document/table_column.h"

#include <gtest/gtest.h>

namespace coopkit::doc {
namespace {

using Sizing = TableColumn::Sizing;
using Align = TableColumn::Align;

TEST(TableColumnTest, ParsesAutoFractionsAndLengths) {
  EXPECT_EQ(ParseColumnWidth("auto")->sizing, Sizing::kAuto);
  auto share = ParseColumnWidth("2.5fr");
  ASSERT_TRUE(share);
  EXPECT_EQ(share->sizing, Sizing::kFraction);
  EXPECT_FLOAT_EQ(share->amount, 2.5f);
  auto fixed = ParseColumnWidth("25.4mm");
  ASSERT_TRUE(fixed);
  EXPECT_EQ(fixed->sizing, Sizing::kFixed);
  EXPECT_NEAR(fixed->amount, 72.0f, 1e-3);
  for (std::string_view bad : {"fr", "0fr", "-1fr", "wide", "0mm", "3 mm x", "Auto"}) {
    EXPECT_FALSE(ParseColumnWidth(bad)) << bad;
  }
}

TEST(TableColumnTest, ParsesAlignments) {
  EXPECT_EQ(ParseColumnAlign("left"), Align::kLeft);
  EXPECT_EQ(ParseColumnAlign("center"), Align::kCenter);
  EXPECT_EQ(ParseColumnAlign("right"), Align::kRight);
  EXPECT_FALSE(ParseColumnAlign("centre"));
}

TEST(TableColumnTest, SplitsOptionWords) {
  auto words = OptionWords("  auto 1fr\t45mm ");
  ASSERT_EQ(words.size(), 3u);
  EXPECT_EQ(words[0], "auto");
  EXPECT_EQ(words[2], "45mm");
  EXPECT_TRUE(OptionWords("   ").empty());
}

TEST(TableColumnTest, ReadsTheColumnsOfATableNode) {
  Node table(NodeKind::kTable);
  table.attributes["widths"] = "30pt 2fr";
  table.attributes["align"] = "right left center";
  std::vector<TableColumn> columns = TableColumns(table, 3);
  ASSERT_EQ(columns.size(), 3u);
  EXPECT_EQ(columns[0].sizing, Sizing::kFixed);
  EXPECT_FLOAT_EQ(columns[0].amount, 30);
  EXPECT_EQ(columns[0].align, Align::kRight);
  EXPECT_EQ(columns[1].sizing, Sizing::kFraction);
  EXPECT_EQ(columns[2].sizing, Sizing::kAuto);
  EXPECT_EQ(columns[2].align, Align::kCenter);
}

TEST(TableColumnTest, RefusesSharesThatAreNotFiniteOrHuge) {
  for (std::string_view bad : {"nanfr", "inffr", "1e30fr", "1001fr", "nanmm", "infmm"}) {
    EXPECT_FALSE(ParseColumnWidth(bad)) << bad;
  }
  EXPECT_FLOAT_EQ(ParseColumnWidth("1000fr")->amount, kMaxFraction);
}

}  // namespace
}  // namespace coopkit::doc
