#include "content/content_value.h"

#include <gtest/gtest.h>

namespace coopkit::content {
namespace {

TEST(ContentValueTest, SetReplacesOrAppendsInOrder) {
  ContentValue map = ContentValue::Map({"f.yaml", 1, 1});
  map.Set("b", ContentValue::Scalar("1"));
  map.Set("a", ContentValue::Scalar("2"), {"f.yaml", 2, 1});
  map.Set("b", ContentValue::Scalar("3"));
  EXPECT_EQ(map.Keys(), (std::vector<std::string>{"b", "a"}));
  EXPECT_EQ(map.Find("b")->scalar, "3");
  EXPECT_EQ(map.FindEntry("a")->key_location.line, 2);
  EXPECT_EQ(map.Find("c"), nullptr);
  EXPECT_EQ(ContentValue::Scalar("x").Find("x"), nullptr);
}

TEST(ContentValueTest, BooleanOnlyForUnquotedTrueOrFalse) {
  ContentValue value = ContentValue::Scalar("false");
  EXPECT_EQ(value.Boolean(), std::nullopt);
  value.plain = true;
  EXPECT_EQ(value.Boolean(), false);
  value.scalar = "yes";
  EXPECT_EQ(value.Boolean(), std::nullopt);
  EXPECT_EQ(ContentValue::Flag(true).Boolean(), true);
  EXPECT_EQ(ContentValue::Flag(false).Boolean(), false);
}

}  // namespace
}  // namespace coopkit::content
