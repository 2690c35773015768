// A booklet imposed from a document's pages: two pages side by side on each
// side of a sheet about twice as wide (A5 pages on A4 landscape), in
// saddle-stitch order (impose/booklet_order.h). Every drawing of a page
// moves, unchanged but for its position, into the left or right half of its
// sheet side; links within the document and bookmarks point at the sheet
// side that holds their page, at the same place on it. A stage of its own
// between layout and the backends: it reads and makes nothing but the page
// model.
#pragma once

#include "impose/booklet_order.h"
#include "page/page.h"

namespace coopkit::impose {

/// The paper a booklet is printed on, in points, as it lies for printing.
struct SheetSize {
  float width = 0, height = 0;
};

/// The sheet sides of `document`'s booklet. Its pages (all the size of its
/// first) meet at the fold in the middle of `sheet`, centred vertically: an
/// A5 page on each half of A4 leaves half a millimetre at the sheet's outer
/// edges, and the inner margins stay the document's own.
/// REQUIRES: two pages fit side by side on `sheet`.
page::LaidOutDocument ImposeBooklet(page::LaidOutDocument document, SheetSize sheet,
                                    BlankPages blanks);

}  // namespace coopkit::impose
