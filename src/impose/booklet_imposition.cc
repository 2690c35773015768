#include "impose/booklet_imposition.h"

#include <utility>
#include <vector>

namespace coopkit::impose {
namespace {

// Where each page of the document went: its sheet side, and how far its
// drawings move right and down.
struct Placement {
  int side = 0;
  float dx = 0, dy = 0;
};

// Moves every drawing of `page` onto its sheet side, `placements[index]`;
// internal links then point at the place of their target on its sheet side.
void PlaceOn(page::Page page, size_t index, const std::vector<Placement>& placements,
             page::Page* sheet) {
  const float dx = placements[index].dx, dy = placements[index].dy;
  for (page::PlacedImage& image : page.images) {
    image.x += dx;
    image.y += dy;
    sheet->images.push_back(std::move(image));
  }
  for (page::FilledRect& rect : page.rects) {
    rect.x += dx;
    rect.y += dy;
    sheet->rects.push_back(rect);
  }
  for (page::CellGrid& grid : page.grids) {
    grid.x += dx;
    grid.y += dy;
    sheet->grids.push_back(std::move(grid));
  }
  for (page::StrokedLine& line : page.lines) {
    line.x1 += dx;
    line.x2 += dx;
    line.y1 += dy;
    line.y2 += dy;
    sheet->lines.push_back(line);
  }
  for (page::GlyphRun& run : page.runs) {
    run.x += dx;
    run.y += dy;
    sheet->runs.push_back(std::move(run));
  }
  for (page::LinkArea& link : page.links) {
    link.x += dx;
    link.y += dy;
    if (link.uri.empty() && link.target_page >= 0 &&
        link.target_page < static_cast<int>(placements.size())) {
      link.target_y += placements[link.target_page].dy;
      link.target_page = placements[link.target_page].side;
    }
    sheet->links.push_back(std::move(link));
  }
}

}  // namespace

page::LaidOutDocument ImposeBooklet(page::LaidOutDocument document, SheetSize sheet,
                                    BlankPages blanks) {
  page::LaidOutDocument booklet;
  booklet.info = std::move(document.info);
  booklet.font_files = std::move(document.font_files);
  if (document.pages.empty()) return booklet;
  const float fold = sheet.width / 2;
  const float left = fold - document.pages.front().width;
  const float top = (sheet.height - document.pages.front().height) / 2;

  const std::vector<SheetSide> sides =
      BookletOrder(static_cast<int>(document.pages.size()), blanks);
  std::vector<Placement> placements(document.pages.size());
  for (size_t s = 0; s < sides.size(); ++s) {
    const int side = static_cast<int>(s);
    if (sides[s].left != SheetSide::kBlank) placements[sides[s].left] = {side, left, top};
    if (sides[s].right != SheetSide::kBlank) placements[sides[s].right] = {side, fold, top};
  }
  booklet.pages.resize(sides.size(), page::Page{.width = sheet.width, .height = sheet.height});
  for (size_t i = 0; i < document.pages.size(); ++i)
    PlaceOn(std::move(document.pages[i]), i, placements, &booklet.pages[placements[i].side]);
  booklet.outline = std::move(document.outline);
  for (page::OutlineEntry& entry : booklet.outline) {
    if (entry.page >= 0 && entry.page < static_cast<int>(placements.size())) {
      entry.y += placements[entry.page].dy;
      entry.page = placements[entry.page].side;
    }
  }
  return booklet;
}

}  // namespace coopkit::impose
