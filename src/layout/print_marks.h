// Pages made ready for a print shop, after layout: each sheet enlarged by the
// bleed and the room for crop marks on every side, everything drawn moved in
// by that much, the filled rectangles that touch an edge of the page (the
// cover's band and stripe: full-bleed backgrounds) run out over the bleed,
// and thin crop marks at each corner, outside the trim and the bleed, where
// the guillotine cuts. The backend writes the trim and bleed boxes.
#pragma once

#include "page/page.h"

namespace coopkit::layout {

/// How long a crop mark is (5 mm), from the bleed's edge outwards.
inline constexpr float kCropMarkLength = 14.17f;
/// A crop mark's line width (a quarter point, the usual hairline).
inline constexpr float kCropMarkWidth = 0.25f;

/// Adds the bleed and the marks to every page of `document`, moving its
/// links' and bookmarks' targets with the pages.
/// REQUIRES: `bleed` >= 0, and no page of `document` has been given marks.
void AddPrintMarks(float bleed, page::LaidOutDocument* document);

}  // namespace coopkit::layout
