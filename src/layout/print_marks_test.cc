#include "layout/print_marks.h"

#include <gtest/gtest.h>

namespace coopkit::layout {
namespace {

constexpr float kBleed = 8.5f;
constexpr float kInset = kBleed + kCropMarkLength;

// An A5 page with a band across its top (a cover's), a box inside the
// margins, a line of text and a link to the second page.
page::LaidOutDocument TwoPages() {
  page::LaidOutDocument document;
  page::Page first{.width = 420, .height = 595};
  first.rects = {{0, 0, 420, 300, {0, 0, 1}}, {50, 400, 100, 20, {1, 0, 0}}};
  first.runs.push_back({.x = 50, .y = 100, .text = "Titre"});
  first.links.push_back(
      {.x = 50, .y = 90, .width = 40, .height = 12, .target_page = 1, .target_y = 60});
  document.pages = {first, page::Page{.width = 420, .height = 595}};
  document.outline.push_back({"Annexe", 1, 1, 60});
  return document;
}

TEST(PrintMarksTest, EnlargesEachSheetAndMovesWhatIsDrawnIn) {
  page::LaidOutDocument document = TwoPages();
  AddPrintMarks(kBleed, &document);
  for (const page::Page& page : document.pages) {
    EXPECT_FLOAT_EQ(page.width, 420 + 2 * kInset);
    EXPECT_FLOAT_EQ(page.height, 595 + 2 * kInset);
    EXPECT_FLOAT_EQ(page.trim_inset, kInset);
    EXPECT_FLOAT_EQ(page.bleed, kBleed);
  }
  const page::Page& first = document.pages[0];
  EXPECT_FLOAT_EQ(first.runs[0].x, 50 + kInset);
  EXPECT_FLOAT_EQ(first.runs[0].y, 100 + kInset);
  EXPECT_FLOAT_EQ(first.links[0].y, 90 + kInset);
  EXPECT_FLOAT_EQ(first.links[0].target_y, 60 + kInset);
  EXPECT_FLOAT_EQ(document.outline[0].y, 60 + kInset);
  // Inside the margins: moved, not enlarged.
  EXPECT_FLOAT_EQ(first.rects[1].x, 50 + kInset);
  EXPECT_FLOAT_EQ(first.rects[1].width, 100);
  EXPECT_FLOAT_EQ(first.rects[1].height, 20);
}

TEST(PrintMarksTest, ABackgroundAtThePagesEdgesRunsOverTheBleed) {
  page::LaidOutDocument document = TwoPages();
  AddPrintMarks(kBleed, &document);
  const page::FilledRect& band = document.pages[0].rects[0];
  EXPECT_FLOAT_EQ(band.x, kInset - kBleed);  // the bleed box's left edge
  EXPECT_FLOAT_EQ(band.y, kInset - kBleed);  // and its top
  EXPECT_FLOAT_EQ(band.width, 420 + 2 * kBleed);
  EXPECT_FLOAT_EQ(band.height, 300 + kBleed);  // its lower edge is on the page
}

TEST(PrintMarksTest, CropMarksStandOutsideTheTrimAndTheBleedAtEachCorner) {
  page::LaidOutDocument document = TwoPages();
  AddPrintMarks(kBleed, &document);
  const page::Page& page = document.pages[1];
  ASSERT_EQ(page.lines.size(), 8u);
  const float left = kInset, top = kInset, right = page.width - kInset,
              bottom = page.height - kInset;
  int horizontal = 0, vertical = 0;
  for (const page::StrokedLine& line : page.lines) {
    EXPECT_FLOAT_EQ(line.width, kCropMarkWidth);
    if (line.y1 == line.y2) {
      ++horizontal;
      EXPECT_TRUE(line.y1 == top || line.y1 == bottom) << line.y1;
      for (float x : {line.x1, line.x2}) {
        EXPECT_TRUE(x <= left - kBleed + 0.001f || x >= right + kBleed - 0.001f) << x;
        EXPECT_GE(x, -0.001f);
        EXPECT_LE(x, page.width + 0.001f);
      }
    } else {
      ++vertical;
      EXPECT_FLOAT_EQ(line.x1, line.x2);
      EXPECT_TRUE(line.x1 == left || line.x1 == right) << line.x1;
      for (float y : {line.y1, line.y2}) {
        EXPECT_TRUE(y <= top - kBleed + 0.001f || y >= bottom + kBleed - 0.001f) << y;
        EXPECT_GE(y, -0.001f);
        EXPECT_LE(y, page.height + 0.001f);
      }
    }
  }
  EXPECT_EQ(horizontal, 4);
  EXPECT_EQ(vertical, 4);
}

}  // namespace
}  // namespace coopkit::layout
