#include "layout/inline/text_lines.h"

#include <gtest/gtest.h>

namespace coopkit::layout {
namespace {

Line OneRunLine(TextStyle style) {
  Line line;
  line.runs.push_back({20, 30, "réseau", style});
  line.width = 30;
  line.ascent = 8;
  line.descent = 2;
  return line;
}

TEST(DrawLineTest, RunWithABackgroundGetsATintedBoxBehindIt) {
  TextStyle style;
  style.size = 10;
  style.background = page::Color{0.9f, 0.9f, 0.9f};
  page::Page page;
  DrawLine({&page, 0, nullptr}, OneRunLine(style), 100, 200);
  ASSERT_EQ(page.rects.size(), 1u);
  const page::FilledRect& box = page.rects[0];
  EXPECT_LT(box.x, 120);
  EXPECT_GT(box.x + box.width, 150);
  EXPECT_LT(box.y, 200 - 7);               // above the capitals
  EXPECT_GT(box.y + box.height, 200 + 2);  // below the descenders
  EXPECT_EQ(box.color, *style.background);
  ASSERT_EQ(page.runs.size(), 1u);

  page::Page plain;
  DrawLine({&plain, 0, nullptr}, OneRunLine(TextStyle{}), 100, 200);
  EXPECT_TRUE(plain.rects.empty());
}

TEST(DrawLineTest, IndexTermRecordsItsFirstPlace) {
  TextStyle style;
  style.anchor = 1;
  CrossReferences references;
  references.anchors.resize(2);
  page::Page page;
  DrawLine({&page, 4, &references}, OneRunLine(style), 100, 200);
  DrawLine({&page, 5, &references}, OneRunLine(style), 100, 300);
  EXPECT_EQ(references.anchors[1].page, 4);
  EXPECT_FLOAT_EQ(references.anchors[1].y, 192);
  EXPECT_EQ(references.anchors[0].page, -1);
}

}  // namespace
}  // namespace coopkit::layout
