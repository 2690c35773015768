#include "impose/booklet_imposition.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace coopkit::impose {
namespace {

constexpr float kWidth = 420, kHeight = 595;
// A little more than two pages: each page moves 5 points right of its
// half's start on the left, to meet the other at the fold, and 2.5 down.
constexpr SheetSize kSheet{850, 600};
constexpr float kLeftX = 5, kRightX = 425, kDown = 2.5f;

// A page holding one drawing of each kind, each `offset` from its left edge
// and telling its page by its text, path or size.
page::Page PageWithEveryDrawing(int index, float offset) {
  const float mark = static_cast<float>(index + 1);
  page::Page page{.width = kWidth, .height = kHeight};
  page.images.push_back(
      {.x = offset, .y = 20, .width = 50, .height = 40, .path = std::to_string(index) + ".png"});
  page.rects.push_back({.x = offset, .y = 30, .width = 100, .height = mark});
  page.grids.push_back({.x = offset, .y = 40, .cell = mark, .runs = {{0, 0, 3}}});
  page.lines.push_back({.x1 = offset, .y1 = 50, .x2 = offset + 200, .y2 = 60, .width = mark});
  page.runs.push_back({.x = offset, .y = 70, .text = "page " + std::to_string(index)});
  page.links.push_back({.x = offset,
                        .y = 80,
                        .width = 30,
                        .height = 10,
                        .uri = "https://example.org/" + std::to_string(index)});
  return page;
}

page::LaidOutDocument FivePages(float offset) {
  page::LaidOutDocument document;
  document.info.title = "Guide";
  document.font_files = {"a.ttf"};
  for (int i = 0; i < 5; ++i) document.pages.push_back(PageWithEveryDrawing(i, offset));
  return document;
}

// Where each of five pages goes, from the order a booklet of 8 is printed
// in: {-, 1}, {2, -}, {-, 3}, {4, 5}.
struct Expected {
  int side;
  bool right;
};
constexpr Expected kFivePages[] = {{0, true}, {1, false}, {2, true}, {3, false}, {3, true}};

TEST(BookletImpositionTest, SheetSidesAreTheSheetsSize) {
  page::LaidOutDocument booklet = ImposeBooklet(FivePages(10), kSheet, BlankPages::kAtEnd);
  ASSERT_EQ(booklet.pages.size(), 4u);
  for (const page::Page& side : booklet.pages) {
    EXPECT_EQ(side.width, kSheet.width);
    EXPECT_EQ(side.height, kSheet.height);
  }
  EXPECT_EQ(booklet.info.title, "Guide");
  EXPECT_EQ(booklet.font_files, std::vector<std::string>{"a.ttf"});
}

TEST(BookletImpositionTest, EveryDrawingLandsInItsPagesHalf) {
  const float offset = 10;
  page::LaidOutDocument booklet = ImposeBooklet(FivePages(offset), kSheet, BlankPages::kAtEnd);
  ASSERT_EQ(booklet.pages.size(), 4u);
  size_t drawings = 0;
  for (const page::Page& side : booklet.pages)
    drawings += side.images.size() + side.rects.size() + side.grids.size() + side.lines.size() +
                side.runs.size() + side.links.size();
  EXPECT_EQ(drawings, 5u * 6u);  // none lost, none repeated
  for (int i = 0; i < 5; ++i) {
    SCOPED_TRACE("page " + std::to_string(i));
    const page::Page& side = booklet.pages[kFivePages[i].side];
    const float x = offset + (kFivePages[i].right ? kRightX : kLeftX);
    const float mark = static_cast<float>(i + 1);
    auto image = std::find_if(side.images.begin(), side.images.end(),
                              [&](const auto& d) { return d.path == std::to_string(i) + ".png"; });
    ASSERT_NE(image, side.images.end());
    EXPECT_EQ(image->x, x);
    EXPECT_EQ(image->y, 20 + kDown);
    auto rect = std::find_if(side.rects.begin(), side.rects.end(),
                             [&](const auto& d) { return d.height == mark; });
    ASSERT_NE(rect, side.rects.end());
    EXPECT_EQ(rect->x, x);
    EXPECT_EQ(rect->y, 30 + kDown);
    auto grid = std::find_if(side.grids.begin(), side.grids.end(),
                             [&](const auto& d) { return d.cell == mark; });
    ASSERT_NE(grid, side.grids.end());
    EXPECT_EQ(grid->x, x);
    EXPECT_EQ(grid->y, 40 + kDown);
    auto line = std::find_if(side.lines.begin(), side.lines.end(),
                             [&](const auto& d) { return d.width == mark; });
    ASSERT_NE(line, side.lines.end());
    EXPECT_EQ(line->x1, x);
    EXPECT_EQ(line->x2, x + 200);
    EXPECT_EQ(line->y1, 50 + kDown);
    EXPECT_EQ(line->y2, 60 + kDown);
    auto run = std::find_if(side.runs.begin(), side.runs.end(),
                            [&](const auto& d) { return d.text == "page " + std::to_string(i); });
    ASSERT_NE(run, side.runs.end());
    EXPECT_EQ(run->x, x);
    EXPECT_EQ(run->y, 70 + kDown);
    auto link = std::find_if(side.links.begin(), side.links.end(), [&](const auto& d) {
      return d.uri == "https://example.org/" + std::to_string(i);
    });
    ASSERT_NE(link, side.links.end());
    EXPECT_EQ(link->x, x);
    EXPECT_EQ(link->y, 80 + kDown);
  }
}

TEST(BookletImpositionTest, LinksAndBookmarksPointAtTheSheetSideOfTheirPage) {
  page::LaidOutDocument document = FivePages(10);
  // From page 5 to page 3, and from page 1 to page 5.
  document.pages[4].links.push_back({.x = 5, .y = 5, .target_page = 2, .target_y = 123});
  document.pages[0].links.push_back({.x = 5, .y = 5, .target_page = 4, .target_y = 45});
  document.outline = {{.title = "Un", .page = 1, .y = 30}, {.title = "Deux", .page = 4, .y = 60}};
  page::LaidOutDocument booklet = ImposeBooklet(std::move(document), kSheet, BlankPages::kAtEnd);

  auto internal = [](const page::Page& side) {
    return *std::find_if(side.links.begin(), side.links.end(),
                         [](const page::LinkArea& link) { return link.uri.empty(); });
  };
  const page::LinkArea to_third = internal(booklet.pages[3]);  // page 5 is on side 4, right
  EXPECT_EQ(to_third.x, 5 + kRightX);
  EXPECT_EQ(to_third.target_page, 2);  // page 3 is on side 3
  EXPECT_EQ(to_third.target_y, 123 + kDown);
  const page::LinkArea to_fifth = internal(booklet.pages[0]);
  EXPECT_EQ(to_fifth.target_page, 3);
  EXPECT_EQ(to_fifth.target_y, 45 + kDown);

  ASSERT_EQ(booklet.outline.size(), 2u);
  EXPECT_EQ(booklet.outline[0].title, "Un");
  EXPECT_EQ(booklet.outline[0].page, 1);  // page 2: side 2, left
  EXPECT_EQ(booklet.outline[0].y, 30 + kDown);
  EXPECT_EQ(booklet.outline[1].page, 3);
  EXPECT_EQ(booklet.outline[1].y, 60 + kDown);
}

TEST(BookletImpositionTest, ABackCoverStaysOutside) {
  page::LaidOutDocument booklet = ImposeBooklet(FivePages(0), kSheet, BlankPages::kBeforeLastPage);
  ASSERT_EQ(booklet.pages.size(), 4u);
  // The outside of the booklet: the last page on the left, the first on the right.
  ASSERT_EQ(booklet.pages[0].runs.size(), 2u);
  EXPECT_EQ(booklet.pages[0].runs[0].text, "page 0");
  EXPECT_EQ(booklet.pages[0].runs[0].x, kRightX);
  EXPECT_EQ(booklet.pages[0].runs[1].text, "page 4");
  EXPECT_EQ(booklet.pages[0].runs[1].x, kLeftX);
}

TEST(BookletImpositionTest, NoPagesNoSheets) {
  page::LaidOutDocument empty;
  EXPECT_TRUE(ImposeBooklet(std::move(empty), kSheet, BlankPages::kAtEnd).pages.empty());
}

}  // namespace
}  // namespace coopkit::impose
