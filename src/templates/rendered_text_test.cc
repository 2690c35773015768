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

std::string Place(const SourceLocation& l) {
  return l.file + ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
}

TEST(RenderedTextTest, LinesOfAValueNameTheirPlaceAndTheTemplateFollowsThem) {
  kainjow::mustache::data data;
  data.set("v", MarkContentText("un\ndeux", 1, std::vector<content::TextPosition>{{4, 9}, {5, 3}}));
  kainjow::mustache::mustache tmpl(
      InsertLineMarks("a {{{v}}} b\n", ScanMustacheTags("a {{{v}}} b\n"), 0));
  RenderedText r = ResolveLineMarks(tmpl.render(data), {"t.mustache", "e.yaml"});
  ASSERT_EQ(r.markdown, "a un\ndeux b\n");
  EXPECT_EQ(Place(r.OriginOf(1, 1)), "t.mustache:1:0");
  EXPECT_EQ(Place(r.OriginOf(1, 4)), "e.yaml:4:10");
  EXPECT_EQ(Place(r.OriginOf(1, 0)), "t.mustache:1:0");
  EXPECT_EQ(Place(r.OriginOf(2, 2)), "e.yaml:5:4");
  EXPECT_EQ(Place(r.OriginOf(2, 6)), "t.mustache:1:0");  // " b", after the value
  // A value's lines belong to the template line that inserts it.
  EXPECT_EQ(Place(r.OriginOfLine(2)), "t.mustache:1:0");
}

TEST(RenderedTextTest, ALineThatStartsWithAValueBelongsToTheTemplate) {
  kainjow::mustache::data data;
  data.set("v", MarkContentText("Poitiers", 1, std::vector<content::TextPosition>{{6, 9}}));
  const std::string text = "par le CRGE,\n{{{v}}}, pour l'atelier.\n";
  kainjow::mustache::mustache tmpl(InsertLineMarks(text, ScanMustacheTags(text), 0));
  RenderedText r = ResolveLineMarks(tmpl.render(data), {"t.mustache", "e.yaml"});
  EXPECT_EQ(Place(r.OriginOfLine(2)), "t.mustache:2:0");
  EXPECT_EQ(Place(r.OriginOf(2, 1)), "e.yaml:6:9");
}

TEST(RenderedTextTest, AWholeFileNamesEachLineAndLinesPastTheKnownStartTheFirst) {
  RenderedText file = ResolveLineMarks(MarkContentText("a\r\nb\rc", 1, {}), {"t", "f.md"});
  EXPECT_EQ(file.markdown, "a\r\nb\rc");
  EXPECT_EQ(Place(file.OriginOf(3, 1)), "f.md:3:1");
  EXPECT_EQ(Place(file.OriginOfLine(3)), "f.md:3:0");
  const std::vector<content::TextPosition> first{{7, 3}};
  RenderedText value = ResolveLineMarks(MarkContentText("a\nb", 1, first), {"t", "e.yaml"});
  EXPECT_EQ(Place(value.OriginOf(2, 1)), "e.yaml:7:3");
}

TEST(RenderedTextTest, MarksStayWholeWhenTheTextBetweenThemIsEscaped) {
  std::string marked = MarkContentText("1. un\n- deux \uFDD0x\uFDD1", 1,
                                       std::vector<content::TextPosition>{{1, 1}, {2, 1}});
  std::string escaped = EscapeBetweenMarks(marked, [](std::string_view text) {
    std::string out;
    for (char c : text) out += c == '.' || c == '-' ? std::string("\\") + c : std::string(1, c);
    return out;
  });
  EXPECT_EQ(ResolveLineMarks(escaped, {"t", "e.yaml"}).markdown, "1\\. un\n\\- deux \uFDD0x\uFDD1");
}

}  // namespace
}  // namespace coopkit::templates
