// Knuth and Plass's total-fit line breaker: of all the ways to break the
// paragraph whose lines stretch at most kTolerance, picks the one with the
// least total demerits, so that a loose line is avoided by setting earlier
// lines a little tighter. Slower than first-fit (it keeps every still-viable
// start of line active) and a change at a paragraph's end may reflow its
// beginning; when no way fits within the tolerance (a long word or address
// among short lines) or the paragraph is huge, it falls back to first-fit.
#pragma once

#include "layout/inline/first_fit_line_breaker.h"
#include "layout/inline/line_breaker.h"

namespace coopkit::layout {

class OptimalLineBreaker : public LineBreaker {
 public:
  static constexpr float kTolerance = 3;      // largest adjustment ratio of a line
  static constexpr size_t kMaxItems = 20000;  // beyond this, first-fit
  static constexpr float kLinePenalty = 10;   // TeX's \linepenalty
  static constexpr float kDoubleHyphenDemerits = 3000;
  static constexpr float kFitnessDemerits = 3000;  // a tight line next to a loose one

  std::vector<size_t> Break(std::span<const BreakItem> items, LineWidths widths) const override;

 private:
  FirstFitLineBreaker fallback_;
};

}  // namespace coopkit::layout
