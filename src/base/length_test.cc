#include "base/length.h"

#include <gtest/gtest.h>

namespace coopkit {
namespace {

TEST(LengthTest, ParsesLengthsInEachUnit) {
  EXPECT_FLOAT_EQ(*ParseLength("10pt"), 10.0f);
  EXPECT_FLOAT_EQ(*ParseLength("12"), 12.0f);
  EXPECT_NEAR(*ParseLength("25.4mm"), 72.0f, 1e-4);
  EXPECT_NEAR(*ParseLength("2.54cm"), 72.0f, 1e-4);
  EXPECT_FLOAT_EQ(*ParseLength("0.5in"), 36.0f);
  EXPECT_FLOAT_EQ(*ParseLength("3 mm"), 3 * 72.0f / 25.4f);
  EXPECT_FALSE(ParseLength("ten").has_value());
  EXPECT_FALSE(ParseLength("-3mm").has_value());
  EXPECT_FALSE(ParseLength("3 furlongs").has_value());
  EXPECT_FALSE(ParseLength("").has_value());
}

TEST(LengthTest, ReadsPercentagesAsAShareOfTheRoom) {
  auto half = ParseRelativeLength("50%");
  ASSERT_TRUE(half.has_value());
  EXPECT_TRUE(half->relative);
  EXPECT_FLOAT_EQ(half->Resolve(300), 150);
  EXPECT_FLOAT_EQ(ParseRelativeLength("12.5 %")->Resolve(80), 10);
  EXPECT_FLOAT_EQ(ParseRelativeLength("100%")->Resolve(80), 80);
}

TEST(LengthTest, ReadsFixedWidthsWhateverTheRoom) {
  auto fixed = ParseRelativeLength("72pt");
  ASSERT_TRUE(fixed.has_value());
  EXPECT_FALSE(fixed->relative);
  EXPECT_FLOAT_EQ(fixed->Resolve(300), 72);
  EXPECT_NEAR(ParseRelativeLength("2.54cm")->Resolve(10), 72, 1e-4);
}

TEST(LengthTest, RefusesEmptyOrExcessiveWidths) {
  for (const char* bad : {"0%", "120%", "-5%", "%", "0mm", "0", "large", "50%%"}) {
    EXPECT_FALSE(ParseRelativeLength(bad).has_value()) << bad;
  }
}

TEST(LengthTest, RefusesNumbersThatAreNotFiniteOrLongerThanAPage) {
  for (const char* bad :
       {"nan", "nanmm", "inf", "infpt", "-inf", "1e39", "1e30mm", "201in", "nan%", "inf%"}) {
    EXPECT_FALSE(ParseLength(bad).has_value()) << bad;
    EXPECT_FALSE(ParseRelativeLength(bad).has_value()) << bad;
  }
  EXPECT_FLOAT_EQ(*ParseLength("200in"), kMaxLength);
}

}  // namespace
}  // namespace coopkit
