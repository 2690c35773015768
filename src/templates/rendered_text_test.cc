#include "templates/rendered_text.h"

#include <gtest/gtest.h>

#include <kainjow/mustache.hpp>

namespace coopkit::templates {
namespace {

RenderedText RenderMarked(const std::string& text, const kainjow::mustache::data& data) {
  kainjow::mustache::mustache tmpl(InsertLineMarks(text, ScanMustacheTags(text), 0));
  return ResolveLineMarks(tmpl.render(data), {"t.mustache"});
}

TEST(RenderedTextTest, MarksLeaveTheOutputUnchanged) {
  kainjow::mustache::data data;
  data.set("title", "Guide");
  data.set("items", kainjow::mustache::list{"a", "b"});
  data.set("empty", kainjow::mustache::list{});
  data.set("flag", true);
  const char* templates[] = {
      "# {{title}}\n\n{{#items}}\n- {{.}}\n{{/items}}\nfin\n",
      "{{#flag}}{{#items}}\n- {{.}}\n{{/items}}{{/flag}}{{#flag}}F{{/flag}}\n",
      "  {{#items}}  \n  * {{.}}\n  {{/items}}\n{{^empty}}\nnone\n{{/empty}}\n",
      "{{#items}}{{.}}{{/items}}\n{{#empty}}{{.}}{{/empty}}\nend",
      "a {{! multi\nline }} b\n{{=<% %>=}}\n<% title %>\n",
  };
  for (const char* text : templates) {
    std::string plain = kainjow::mustache::mustache(text).render(data);
    EXPECT_EQ(RenderMarked(text, data).markdown, plain) << text;
  }
}

TEST(RenderedTextTest, EachOutputLineKnowsItsTemplateLine) {
  std::string text = "# {{title}}\n{{#items}}\n- {{.}}\n{{/items}}\n{{body}}\nfin\n";
  kainjow::mustache::data data;
  data.set("title", "Guide");
  data.set("items", kainjow::mustache::list{"a", "b"});
  data.set("body", "un\ndeux");
  RenderedText r = RenderMarked(text, data);
  ASSERT_EQ(r.markdown, "# Guide\n- a\n- b\nun\ndeux\nfin\n");
  std::vector<int> lines;
  for (const SourceLocation& l : r.line_origins) lines.push_back(l.line);
  EXPECT_EQ(lines, (std::vector<int>{1, 3, 3, 5, 5, 6}));
  EXPECT_EQ(r.OriginOfLine(6).file, "t.mustache");
  EXPECT_EQ(r.OriginOfLine(7).line, 0);
}

TEST(RenderedTextTest, NoMarkInsideATagSpanningLines) {
  std::string text = "a {{!\ncomment\n}} b\nc\n";
  EXPECT_EQ(RenderMarked(text, {}).markdown, "a  b\nc\n");
}

TEST(RenderedTextTest, NoncharactersOfTheContentAreKeptOnce) {
  // A U+FDD0 without U+FDD1, after the line's mark and after a value.
  RenderedText r = ResolveLineMarks("\uFDD00:1\uFDD1a\uFDD0b\nc\uFDD0\n", {"t.mustache"});
  EXPECT_EQ(r.markdown, "a\uFDD0b\nc\uFDD0\n");
  EXPECT_EQ(r.OriginOfLine(1).line, 1);
}

TEST(RenderedTextTest, APairOfNoncharactersAroundOtherTextIsNoMark) {
  RenderedText r = ResolveLineMarks(
      "\uFDD00:3\uFDD1x\uFDD0y\uFDD1 \uFDD0:\uFDD1 \uFDD01:99999999999\uFDD1\n", {"t.mustache"});
  EXPECT_EQ(r.markdown, "x\uFDD0y\uFDD1 \uFDD0:\uFDD1 \uFDD01:99999999999\uFDD1\n");
  EXPECT_EQ(r.OriginOfLine(1).file, "t.mustache");
  EXPECT_EQ(r.OriginOfLine(1).line, 3);
}

TEST(RenderedTextTest, AStrayNoncharacterInAValueKeepsTheLineOrigin) {
  kainjow::mustache::data data;
  data.set("value", "avant\uFDD0après");
  RenderedText r = RenderMarked("Titre\n{{value}} fin\n", data);
  EXPECT_EQ(r.markdown, "Titre\navant\uFDD0après fin\n");
  EXPECT_EQ(r.OriginOfLine(2).line, 2);
}

}  // namespace
}  // namespace coopkit::templates
