#include "layout/inline/first_fit_line_breaker.h"

#include <cassert>
#include <limits>

namespace coopkit::layout {

std::vector<size_t> FirstFitLineBreaker::Break(std::span<const BreakItem> items,
                                               LineWidths widths) const {
  assert(!items.empty() && items.back().type == BreakItem::Type::kPenalty &&
         items.back().penalty <= kForcedBreak);
  std::vector<size_t> breaks;
  size_t start = 0;
  while (start < items.size()) {
    // Glue and penalties at the start of a line are discarded, as after a break.
    while (items[start].type == BreakItem::Type::kGlue ||
           (items[start].type == BreakItem::Type::kPenalty && items[start].penalty > kForcedBreak))
      ++start;
    const float width = widths(breaks.size());
    LineMeasure line;
    size_t best = items.size();
    float best_cost = std::numeric_limits<float>::infinity();
    for (size_t i = start; i < items.size(); ++i) {
      const BreakItem& item = items[i];
      const bool legal = item.type == BreakItem::Type::kPenalty
                             ? item.penalty < kForbiddenBreak
                             : item.type == BreakItem::Type::kGlue && i > start &&
                                   items[i - 1].type == BreakItem::Type::kBox;
      if (legal) {
        const float extra = item.type == BreakItem::Type::kPenalty ? item.width : 0;
        const bool forced = item.type == BreakItem::Type::kPenalty && item.penalty <= kForcedBreak;
        // A line ending at a forced break is set at its natural width.
        const bool fits = forced ? line.natural + extra <= width + LineMeasure::kTolerance
                                 : line.Fits(width, extra);
        if (!fits) {
          if (best == items.size()) best = i;  // nothing fits: the overfull line is unavoidable
          break;
        }
        if (forced) {
          best = i;
          break;
        }
        const float cost = line.Badness(width, extra) +
                           (item.type == BreakItem::Type::kPenalty ? item.penalty : 0);
        if (cost <= best_cost) {
          best = i;
          best_cost = cost;
        }
      }
      if (item.type != BreakItem::Type::kPenalty) line.Add(item);
      if (best != items.size() && !line.Fits(width, 0)) break;
    }
    assert(best < items.size());
    breaks.push_back(best);
    start = best + 1;
  }
  return breaks;
}

}  // namespace coopkit::layout
