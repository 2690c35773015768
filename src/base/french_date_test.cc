#include "base/french_date.h"

#include <gtest/gtest.h>

#include <ctime>

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

TEST(FrenchDateTest, GivesTheUtcDayOfATimeAsTheCLibraryDoes) {
  EXPECT_EQ(FormatFrenchDate(UtcDateOf(0)), "1er\u00A0janvier\u00A01970");
  EXPECT_EQ(FormatFrenchDate(UtcDateOf(1796083200)), "1er\u00A0décembre\u00A02026");
  EXPECT_EQ(FormatFrenchDate(UtcDateOf(1796083199)), "30\u00A0novembre\u00A02026");
  // Every day from 1900 to 2100, leap days and the last second of each day
  // included, against gmtime_r.
  for (int64_t t = -2208988800; t < 4102444800; t += 86400) {
    for (int64_t second : {t, t + 86399}) {
      time_t time = static_cast<time_t>(second);
      std::tm expected{};
      ASSERT_TRUE(gmtime_r(&time, &expected));
      CalendarDate date = UtcDateOf(second);
      ASSERT_EQ(date.year, expected.tm_year + 1900) << second;
      ASSERT_EQ(date.month, expected.tm_mon + 1) << second;
      ASSERT_EQ(date.day, expected.tm_mday) << second;
    }
  }
}

}  // namespace
}  // namespace coopkit
