#include "backends/trace/trace_writer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

namespace coopkit::trace {
namespace {

TEST(TraceWriterTest, WritesEveryDrawingOperationRoundedToATenthOfAPoint) {
  page::LaidOutDocument document;
  document.info.title = "Guide";
  document.font_files = {"a.ttf", "b.ttf"};
  page::Page page;
  page.width = 419.53f;
  page.height = 595.28f;
  page.images.push_back({51, 80, 120.04f, 90, "/contenu/photos/atelier.jpg"});
  page.images.push_back({51, 180, 90, 120, "/contenu/photos/portrait.jpg", 6});
  page.rects.push_back({51.04f, 56.66f, 100, 20.25f, {1, 0, 0}});
  page.grids.push_back({55.26f, 60.2f, 1.64f, {0, 0, 0}, {{0, 0, 7}, {1, 3, 2}}});
  page.lines.push_back({10, 20.04f, 30, 20.04f, 0.5f, {0, 0, 1}});
  page.runs.push_back({51, 70.26f, 1, 10, {0, 0, 0}, "Il a dit \"oui\""});
  page.links.push_back({51, 60, 40, 12, "https://exemple.org", -1, 0});
  page.links.push_back({51, 60, 300, 13.5f, "", 2, 56.7f});
  document.pages.push_back(page);
  document.outline.push_back({"Première partie", 1, 0, -0.01f});

  std::ostringstream out;
  TraceWriter(&out).Write(document);
  EXPECT_EQ(out.str(),
            "document pages 1 fonts 2 title \"Guide\"\n"
            "page 1 419.5x595.3\n"
            "image 51.0 80.0 120.0 90.0 \"/contenu/photos/atelier.jpg\"\n"
            "image 51.0 180.0 90.0 120.0 \"/contenu/photos/portrait.jpg\" orientation 6\n"
            "rect 51.0 56.7 100.0 20.3 #ff0000\n"
            "grid 55.3 60.2 1.6 #000000 0,0+7 1,3+2\n"
            "line 10.0 20.0 30.0 20.0 w0.5 #0000ff\n"
            "run 51.0 70.3 f1 10.0 #000000 \"Il a dit \\\"oui\\\"\"\n"
            "link 51.0 60.0 40.0 12.0 uri \"https://exemple.org\"\n"
            "link 51.0 60.0 300.0 13.5 page 3 y 56.7\n"
            "outline 1 page 1 y 0.0 \"Première partie\"\n");
}

TEST(TraceWriterTest, APageWithPrintMarksSaysWhereItsTrimAndBleedAre) {
  page::LaidOutDocument document;
  document.pages.push_back({.width = 476.2f, .height = 652, .trim_inset = 22.67f, .bleed = 8.5f});
  std::ostringstream out;
  TraceWriter(&out).Write(document);
  EXPECT_NE(out.str().find("page 1 476.2x652.0 trim 22.7 bleed 8.5\n"), std::string::npos)
      << out.str();
}

TEST(TraceWriterTest, EscapesNewlinesSoThatEachOperationStaysOnOneLine) {
  page::LaidOutDocument document;
  page::Page page;
  page.runs.push_back({0, 0, 0, 10, {}, "deux\nlignes"});
  document.pages.push_back(page);
  std::ostringstream out;
  TraceWriter(&out).Write(document);
  const std::string trace = out.str();
  EXPECT_NE(trace.find("\"deux\\nlignes\""), std::string::npos);
  EXPECT_EQ(std::count(trace.begin(), trace.end(), '\n'), 3);
}

}  // namespace
}  // namespace coopkit::trace
