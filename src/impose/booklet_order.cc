#include "impose/booklet_order.h"

namespace coopkit::impose {

int BookletSheetCount(int page_count) { return page_count <= 0 ? 0 : (page_count + 3) / 4; }

std::vector<SheetSide> BookletOrder(int page_count, BlankPages blanks) {
  const int booklet_pages = 4 * BookletSheetCount(page_count);
  // The document's page at each 0-based page of the booklet.
  std::vector<int> pages(booklet_pages, SheetSide::kBlank);
  for (int i = 0; i < page_count; ++i) pages[i] = i;
  // A single page is the cover, not a back cover: it stays first.
  if (blanks == BlankPages::kBeforeLastPage && page_count > 1 && page_count < booklet_pages) {
    pages[page_count - 1] = SheetSide::kBlank;
    pages[booklet_pages - 1] = page_count - 1;
  }
  std::vector<SheetSide> sides;
  for (int s = 0; s < booklet_pages / 4; ++s) {
    sides.push_back({pages[booklet_pages - 1 - 2 * s], pages[2 * s]});
    sides.push_back({pages[2 * s + 1], pages[booklet_pages - 2 - 2 * s]});
  }
  return sides;
}

}  // namespace coopkit::impose
