#include "layout/print_marks.h"

#include <cassert>

namespace coopkit::layout {
namespace {

// A rectangle this close to a page's edge touches it (layout's rounding).
constexpr float kEdgeTolerance = 0.01f;

// Runs `rect`, in the trimmed page's coordinates, out over the bleed on each
// side where it touches the edge of a `width` x `height` page.
void RunIntoBleed(float width, float height, float bleed, page::FilledRect* rect) {
  const bool right = rect->x + rect->width >= width - kEdgeTolerance;
  const bool bottom = rect->y + rect->height >= height - kEdgeTolerance;
  if (rect->x <= kEdgeTolerance) {
    rect->x -= bleed;
    rect->width += bleed;
  }
  if (rect->y <= kEdgeTolerance) {
    rect->y -= bleed;
    rect->height += bleed;
  }
  if (right) rect->width += bleed;
  if (bottom) rect->height += bleed;
}

void MoveBy(float inset, page::Page* page) {
  auto move = [inset](float* x, float* y) {
    *x += inset;
    *y += inset;
  };
  for (page::PlacedImage& image : page->images) move(&image.x, &image.y);
  for (page::FilledRect& rect : page->rects) move(&rect.x, &rect.y);
  for (page::CellGrid& grid : page->grids) move(&grid.x, &grid.y);
  for (page::StrokedLine& line : page->lines) {
    move(&line.x1, &line.y1);
    move(&line.x2, &line.y2);
  }
  for (page::GlyphRun& run : page->runs) move(&run.x, &run.y);
  for (page::LinkArea& link : page->links) {
    move(&link.x, &link.y);
    if (link.uri.empty()) link.target_y += inset;
  }
}

// Two marks at each corner of the trim, each on the line of a trim edge,
// from `start` to `start + kCropMarkLength` outside it.
void AddCropMarks(float inset, float start, page::Page* page) {
  const float left = inset, top = inset;
  const float right = page->width - inset, bottom = page->height - inset;
  const float end = start + kCropMarkLength;
  for (float x : {left, right}) {
    const float outwards = x == left ? -1 : 1;
    for (float y : {top, bottom}) {
      const float downwards = y == top ? -1 : 1;
      page->lines.push_back({x + outwards * start, y, x + outwards * end, y, kCropMarkWidth, {}});
      page->lines.push_back({x, y + downwards * start, x, y + downwards * end, kCropMarkWidth, {}});
    }
  }
}

}  // namespace

void AddPrintMarks(float bleed, page::LaidOutDocument* document) {
  assert(bleed >= 0);
  const float inset = bleed + kCropMarkLength;
  for (page::Page& page : document->pages) {
    assert(page.trim_inset == 0);
    for (page::FilledRect& rect : page.rects) RunIntoBleed(page.width, page.height, bleed, &rect);
    MoveBy(inset, &page);
    page.width += 2 * inset;
    page.height += 2 * inset;
    page.trim_inset = inset;
    page.bleed = bleed;
    AddCropMarks(inset, bleed, &page);
  }
  for (page::OutlineEntry& entry : document->outline) entry.y += inset;
}

}  // namespace coopkit::layout
