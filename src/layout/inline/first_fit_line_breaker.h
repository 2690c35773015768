// The default line breaker: fills each line with as much as fits, then ends
// it at the cheapest legal break of that line (looseness plus penalty, the
// later one on ties), and never revisits a line once set.
//
// Why first-fit by default: it is linear in the paragraph's length and a line
// depends only on the text before it, so editing the end of a paragraph never
// reflows its beginning. With French hyphenation and the local choice of the
// cheapest break, A5 pages of body text come out evenly grey; a total-fit
// breaker (Knuth–Plass) can replace it through the LineBreaker interface.
#pragma once

#include "layout/inline/line_breaker.h"

namespace coopkit::layout {

class FirstFitLineBreaker : public LineBreaker {
 public:
  std::vector<size_t> Break(std::span<const BreakItem> items, LineWidths widths) const override;
};

}  // namespace coopkit::layout
