#include "content/scalar_lines.h"

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

namespace coopkit::content {
namespace {

// What follows each offset of the value of `key` in `yaml`, up to the end
// of its source line, as yaml-cpp reads the file.
std::vector<std::string> LineStartsOf(const std::string& yaml, const std::string& key) {
  YAML::Node node = YAML::Load(yaml)[key];
  std::vector<std::string> starts;
  for (size_t offset : ScalarLineOffsets(yaml, node.Mark().pos, node.Scalar()))
    starts.push_back(yaml.substr(offset, yaml.find_first_of("\r\n", offset) - offset));
  return starts;
}

using Lines = std::vector<std::string>;

TEST(ScalarLinesTest, ASingleLineStartsAtItsText) {
  EXPECT_EQ(LineStartsOf("city: Poitiers\n", "city"), Lines{"Poitiers"});
  EXPECT_EQ(LineStartsOf("city: 'Poitiers'\n", "city"), Lines{"Poitiers'"});
  EXPECT_EQ(LineStartsOf("city: &c !!str \"Poitiers\"\n", "city"), Lines{"Poitiers\""});
}

TEST(ScalarLinesTest, ALiteralBlockKeepsEachLine) {
  const std::string yaml = "a: 1\ncity: |\n  Poitiers\n\n    ```{pagebreak}\n  ```\nb: 2\n";
  EXPECT_EQ(LineStartsOf(yaml, "city"), (Lines{"Poitiers", "", "  ```{pagebreak}", "```"}));
  const std::string indicated = "city: |2-\n    deux\n  un\n";
  EXPECT_EQ(LineStartsOf(indicated, "city"), (Lines{"  deux", "un"}));
}

TEST(ScalarLinesTest, AFoldedBlockStartsALineAfterEachEmptyLine) {
  const std::string yaml = "city: >\n  un\n  deux\n\n  trois\n\n\n  quatre\n    cinq\n  six\n";
  YAML::Node node = YAML::Load(yaml)["city"];
  ASSERT_EQ(node.Scalar(), "un deux\ntrois\n\nquatre\n  cinq\nsix\n");
  EXPECT_EQ(LineStartsOf(yaml, "city"),
            (Lines{"un", "trois", "quatre", "quatre", "  cinq", "six"}));
}

TEST(ScalarLinesTest, PlainAndQuotedTextsFoldTheirLines) {
  EXPECT_EQ(LineStartsOf("city: un\n  deux\n\n  trois\nb: 1\n", "city"), (Lines{"un", "trois"}));
  EXPECT_EQ(LineStartsOf("city: 'l''un\n  deux\n\n  trois'\n", "city"), (Lines{"l''un", "trois'"}));
  EXPECT_EQ(LineStartsOf("city: \"un\n\n   deux\"\n", "city"), (Lines{"un", "deux\""}));
}

TEST(ScalarLinesTest, ALineOfADoubleQuotedTextStartsAfterItsEscape) {
  const std::string yaml = "city: \"Poitiers\\t\\u00e9\\n```{pagebreak}\\n```\\n\"\n";
  EXPECT_EQ(LineStartsOf(yaml, "city"), (Lines{"Poitiers\\t\\u00e9\\n```{pagebreak}\\n```\\n\"",
                                               "```{pagebreak}\\n```\\n\"", "```\\n\""}));
  EXPECT_EQ(LineStartsOf("city: \"un \\\n   deux\\ntrois\"\n", "city"),
            (Lines{"un \\", "trois\""}));
}

TEST(ScalarLinesTest, WindowsAndOldMacLineEndsAreLineBreaks) {
  EXPECT_EQ(LineStartsOf("a: 1\r\ncity: |\r\n  un\r\n  deux\r\n", "city"), (Lines{"un", "deux"}));
  EXPECT_EQ(LineStartsOf("city: un\r\n\r\n  deux\r\n", "city"), (Lines{"un", "deux"}));
}

TEST(ScalarLinesTest, AnAliasHasNoPlaceOfItsOwn) {
  EXPECT_TRUE(ScalarLineOffsets("b: *a\n", 3, "un\ndeux").empty());
}

TEST(ScalarLinesTest, ASourceThatDoesNotReadAsTheValueGivesNoPlaceFromThere) {
  EXPECT_EQ(ScalarLineOffsets("city: |\n  un\n  deux\n", 6, "un\nautre").size(), 1u);
}

}  // namespace
}  // namespace coopkit::content
