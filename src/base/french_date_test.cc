#include "base/french_date.h"

#include <gtest/gtest.h>

namespace coopkit {
namespace {

TEST(FrenchDateTest, WritesTheDateInWordsWithNoBreakSpaces) {
  EXPECT_EQ(FormatFrenchDate({2026, 11, 26}), "26\u00A0novembre\u00A02026");
  EXPECT_EQ(FormatFrenchDate({2026, 12, 1}), "1er\u00A0décembre\u00A02026");
  EXPECT_EQ(FormatFrenchDate({2001, 7, 17}), "17\u00A0juillet\u00A02001");
  EXPECT_EQ(FormatFrenchDate({2025, 8, 2}), "2\u00A0août\u00A02025");
}

TEST(FrenchDateTest, ParsesIsoDatesAndRejectsImpossibleOnes) {
  auto d = ParseIsoDate("2026-11-26");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->year, 2026);
  EXPECT_EQ(d->month, 11);
  EXPECT_EQ(d->day, 26);
  EXPECT_TRUE(ParseIsoDate("2024-02-29").has_value());
  EXPECT_FALSE(ParseIsoDate("2026-02-29").has_value());
  EXPECT_FALSE(ParseIsoDate("2026-13-01").has_value());
  EXPECT_FALSE(ParseIsoDate("26/11/2026").has_value());
  EXPECT_FALSE(ParseIsoDate("2026-11-2x").has_value());
}

}  // namespace
}  // namespace coopkit
