#include "templates/mustache_tags.h"

#include <gtest/gtest.h>

namespace coopkit::templates {
namespace {

TEST(MustacheTagsTest, FindsEveryKindWithItsRange) {
  std::string text =
      "A {{ title }} {{{body}}} {{&raw}} {{#list}}{{^empty}}{{/list}}{{> cover}}{{! c }}";
  std::vector<MustacheTag> tags = ScanMustacheTags(text);
  ASSERT_EQ(tags.size(), 8u);
  EXPECT_EQ(tags[0].kind, TagKind::kVariable);
  EXPECT_EQ(tags[0].name, "title");
  EXPECT_EQ(text.substr(tags[0].begin, tags[0].end - tags[0].begin), "{{ title }}");
  EXPECT_EQ(tags[1].kind, TagKind::kUnescaped);
  EXPECT_EQ(tags[1].name, "body");
  EXPECT_EQ(text.substr(tags[1].begin, tags[1].end - tags[1].begin), "{{{body}}}");
  EXPECT_EQ(tags[2].kind, TagKind::kUnescaped);
  EXPECT_EQ(tags[2].name, "raw");
  EXPECT_EQ(tags[3].kind, TagKind::kSection);
  EXPECT_EQ(tags[4].kind, TagKind::kInverted);
  EXPECT_EQ(tags[5].kind, TagKind::kClose);
  EXPECT_EQ(tags[6].kind, TagKind::kPartial);
  EXPECT_EQ(tags[6].name, "cover");
  EXPECT_EQ(tags[7].kind, TagKind::kComment);
}

TEST(MustacheTagsTest, FollowsSetDelimiter) {
  std::vector<MustacheTag> tags =
      ScanMustacheTags("{{=<% %>=}} {{not}} <% name %> <%={{ }}=%>{{x}}");
  ASSERT_EQ(tags.size(), 4u);
  EXPECT_EQ(tags[0].kind, TagKind::kSetDelimiter);
  EXPECT_EQ(tags[1].name, "name");
  EXPECT_EQ(tags[2].kind, TagKind::kSetDelimiter);
  EXPECT_EQ(tags[3].name, "x");
}

TEST(MustacheTagsTest, StopsAtAnUnclosedTag) {
  EXPECT_EQ(ScanMustacheTags("{{a}} {{b").size(), 1u);
}

}  // namespace
}  // namespace coopkit::templates
