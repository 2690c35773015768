#include "content/field_reader.h"

#include <gtest/gtest.h>

#include "content/yaml_loader.h"

namespace coopkit::content {
namespace {

class FieldReaderTest : public ::testing::Test {
 protected:
  ContentValue Parse(const std::string& text) {
    std::optional<ContentValue> value = YamlLoader(".", &diagnostics_).Parse(text, "kit.yaml");
    EXPECT_TRUE(value);
    return value.value_or(ContentValue{});
  }
  DiagnosticList diagnostics_;
};

TEST_F(FieldReaderTest, ReadsFieldsOfTheRightType) {
  ContentValue map = Parse("title: Guide\nitems: [a, b]\n");
  FieldReader reader(map, "document", &diagnostics_);
  EXPECT_EQ(reader.RequiredText("title"), "Guide");
  EXPECT_EQ(reader.OptionalText("subtitle", "none"), "none");
  EXPECT_EQ(reader.RequiredTextList("items").size(), 2u);
  reader.RejectUnknownKeys();
  EXPECT_TRUE(reader.ok());
  EXPECT_TRUE(diagnostics_.empty());
}

TEST_F(FieldReaderTest, MissingFieldReportedAtTheMap) {
  ContentValue map = Parse("doc:\n  name: guide\n");
  FieldReader reader(*map.Find("doc"), "document", &diagnostics_);
  reader.RequiredText("title");
  EXPECT_FALSE(reader.ok());
  ASSERT_EQ(diagnostics_.items().size(), 1u);
  EXPECT_EQ(diagnostics_.items()[0].location.line, 2);
  EXPECT_EQ(diagnostics_.items()[0].location.column, 3);
  EXPECT_NE(diagnostics_.items()[0].message.find("'title'"), std::string::npos);
}

TEST_F(FieldReaderTest, UnknownKeyReportedAtTheKeyWithHint) {
  ContentValue map = Parse("title: a\ntempalte: b\n");
  FieldReader reader(map, "document", &diagnostics_);
  reader.RequiredText("title");
  reader.OptionalText("template");
  reader.RejectUnknownKeys();
  ASSERT_EQ(diagnostics_.items().size(), 1u);
  EXPECT_EQ(diagnostics_.items()[0].location.line, 2);
  EXPECT_NE(diagnostics_.items()[0].message.find("'tempalte'"), std::string::npos);
  EXPECT_EQ(diagnostics_.items()[0].hint, "did you mean 'template'?");
}

TEST_F(FieldReaderTest, WrongTypeReportedAtTheValue) {
  ContentValue map = Parse("title:\n  - a\nthemes: [a, {b: c}]\n");
  FieldReader reader(map, "event", &diagnostics_);
  reader.RequiredText("title");
  reader.RequiredTextList("themes");
  ASSERT_EQ(diagnostics_.items().size(), 2u);
  EXPECT_NE(diagnostics_.items()[0].message.find("should be a text, not a list"),
            std::string::npos);
  EXPECT_EQ(diagnostics_.items()[0].location.line, 2);
  EXPECT_EQ(diagnostics_.items()[1].location.line, 3);
}

TEST_F(FieldReaderTest, ChoiceSuggestsTheNearestValue) {
  ContentValue map = Parse("paper: A6\norientation: landscpe\n");
  FieldReader reader(map, "document", &diagnostics_);
  EXPECT_EQ(reader.Choice("paper", {"A4", "A5"}, "A4"), "A4");
  EXPECT_EQ(reader.Choice("orientation", {"portrait", "landscape"}, "portrait"), "portrait");
  ASSERT_EQ(diagnostics_.items().size(), 2u);
  EXPECT_EQ(diagnostics_.items()[1].hint, "did you mean 'landscape'?");
}

TEST_F(FieldReaderTest, ReportsAllProblemsOfOneMap) {
  ContentValue map = Parse("nme: x\ntitle: [a]\n");
  FieldReader reader(map, "document", &diagnostics_);
  reader.RequiredText("name");
  reader.RequiredText("title");
  reader.RequiredText("output");
  reader.RejectUnknownKeys();
  EXPECT_EQ(diagnostics_.ErrorCount(), 4u);
}

TEST_F(FieldReaderTest, NotAMapIsOneError) {
  ContentValue list = Parse("[a, b]\n");
  FieldReader reader(list, "document", &diagnostics_);
  reader.RequiredText("title");
  reader.RejectUnknownKeys();
  EXPECT_EQ(diagnostics_.ErrorCount(), 1u);
}

}  // namespace
}  // namespace coopkit::content
