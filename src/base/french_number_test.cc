#include "base/french_number.h"

#include <gtest/gtest.h>

namespace coopkit {
namespace {

TEST(FrenchNumberTest, DecimalsAreFixedAndRounded) {
  EXPECT_EQ(FrenchDecimal(3.46, 1), "3,5");
  EXPECT_EQ(FrenchDecimal(4, 1), "4,0");
  EXPECT_EQ(FrenchDecimal(2.25, 2), "2,25");
  EXPECT_EQ(FrenchDecimal(0.04, 1), "0,0");
}

TEST(FrenchNumberTest, NumbersTakeTheDigitsTheyNeed) {
  EXPECT_EQ(FrenchNumber(10), "10");
  EXPECT_EQ(FrenchNumber(2.25), "2,25");
  EXPECT_EQ(FrenchNumber(0.5), "0,5");
  EXPECT_EQ(FrenchNumber(1.0 / 3), "0,333333");
  EXPECT_EQ(FrenchNumber(0.1 + 0.2), "0,3");  // no floating-point noise
}

TEST(FrenchNumberTest, ThousandsAreGroupedWithANarrowNoBreakSpace) {
  EXPECT_EQ(FrenchNumber(12500), "12\u202F500");
  EXPECT_EQ(FrenchDecimal(1234.5, 1), "1\u202F234,5");
}

}  // namespace
}  // namespace coopkit
