#include "layout/inline/optimal_line_breaker.h"

#include <array>
#include <cassert>
#include <cmath>
#include <limits>

namespace coopkit::layout {
namespace {

using Type = BreakItem::Type;

// A feasible break: where a line can end, and the best way to get there.
struct Node {
  size_t position;    // index of the break item; items.size() for the start
  size_t line;        // lines before this break
  int fitness;        // 0 tight, 1 decent, 2 loose, 3 very loose
  bool flagged;       // the break is a hyphen
  double demerits;    // total from the paragraph's start
  int previous;       // index into the node list, -1 for the start
  LineMeasure after;  // totals up to the next line's first item
};

int FitnessClass(float ratio) {
  if (ratio < -0.5f) return 0;
  if (ratio <= 0.5f) return 1;
  if (ratio <= 1) return 2;
  return 3;
}

}  // namespace

std::vector<size_t> OptimalLineBreaker::Break(std::span<const BreakItem> items,
                                              LineWidths widths) const {
  assert(!items.empty() && items.back().type == Type::kPenalty &&
         items.back().penalty <= kForcedBreak);
  if (items.size() > kMaxItems) return fallback_.Break(items, widths);

  // totals[i]: widths, stretch and shrink of items[0, i).
  std::vector<LineMeasure> totals(items.size() + 1);
  for (size_t i = 0; i < items.size(); ++i) {
    totals[i + 1] = totals[i];
    if (items[i].type != Type::kPenalty) totals[i + 1].Add(items[i]);
  }
  // The totals a line starting after a break at `position` begins from: the
  // glue and penalties following the break are discarded.
  auto totals_after = [&](size_t position) {
    size_t i = position + 1;
    while (i < items.size() && items[i].type != Type::kBox &&
           !(items[i].type == Type::kPenalty && items[i].penalty <= kForcedBreak))
      ++i;
    return totals[i];
  };

  std::vector<Node> nodes = {{items.size(), 0, 1, false, 0, -1, {}}};
  std::vector<int> active = {0};
  for (size_t b = 0; b < items.size(); ++b) {
    const BreakItem& item = items[b];
    const bool legal = item.type == Type::kPenalty
                           ? item.penalty < kForbiddenBreak
                           : item.type == Type::kGlue && b > 0 && items[b - 1].type == Type::kBox;
    if (!legal) continue;
    const bool forced = item.type == Type::kPenalty && item.penalty <= kForcedBreak;
    const float extra = item.type == Type::kPenalty ? item.width : 0;

    std::array<int, 4> best_previous = {-1, -1, -1, -1};
    std::array<double, 4> best_demerits;
    best_demerits.fill(std::numeric_limits<double>::infinity());
    std::vector<int> still_active;
    for (int a : active) {
      const Node& from = nodes[a];
      const float width = widths(from.line);
      const LineMeasure line{totals[b].natural - from.after.natural,
                             totals[b].stretch - from.after.stretch,
                             totals[b].shrink - from.after.shrink};
      const float natural = line.natural + extra;
      float ratio;
      if (forced) {  // set at its natural width
        ratio = natural <= width + LineMeasure::kTolerance
                    ? 0
                    : -std::numeric_limits<float>::infinity();
      } else if (natural < width) {
        ratio = line.stretch > 0 ? (width - natural) / line.stretch
                                 : std::numeric_limits<float>::infinity();
      } else {
        ratio = line.shrink > 0 ? (width - natural) / line.shrink
                                : (natural - width <= LineMeasure::kTolerance
                                       ? 0
                                       : -std::numeric_limits<float>::infinity());
      }
      if (ratio >= -1 && !forced) still_active.push_back(a);
      if (ratio < -1 || ratio > kTolerance) continue;

      const double badness = 100 * std::abs(ratio * ratio * ratio);
      double demerits = (kLinePenalty + badness) * (kLinePenalty + badness);
      if (item.type == Type::kPenalty && !forced) {
        demerits += std::copysign(item.penalty * item.penalty, item.penalty);
      }
      if (item.flagged && from.flagged) demerits += kDoubleHyphenDemerits;
      const int fitness = FitnessClass(ratio);
      if (std::abs(fitness - from.fitness) > 1) demerits += kFitnessDemerits;
      demerits += from.demerits;
      if (demerits < best_demerits[fitness]) {
        best_demerits[fitness] = demerits;
        best_previous[fitness] = a;
      }
    }
    active = std::move(still_active);
    const LineMeasure after = totals_after(b);
    for (int fitness = 0; fitness < 4; ++fitness) {
      if (best_previous[fitness] < 0) continue;
      active.push_back(static_cast<int>(nodes.size()));
      nodes.push_back({b, nodes[best_previous[fitness]].line + 1, fitness, item.flagged,
                       best_demerits[fitness], best_previous[fitness], after});
    }
    if (active.empty()) return fallback_.Break(items, widths);
  }

  // The nodes at the final forced break are the last ones created.
  int best = -1;
  for (int a : active) {
    if (nodes[a].position == items.size() - 1 &&
        (best < 0 || nodes[a].demerits < nodes[best].demerits))
      best = a;
  }
  if (best < 0) return fallback_.Break(items, widths);
  std::vector<size_t> breaks;
  for (int n = best; nodes[n].previous >= 0; n = nodes[n].previous)
    breaks.push_back(nodes[n].position);
  return {breaks.rbegin(), breaks.rend()};
}

}  // namespace coopkit::layout
