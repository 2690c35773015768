#include "layout/inline/optimal_line_breaker.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>

namespace coopkit::layout {
namespace {

using Items = std::vector<BreakItem>;

// Words of pseudo-random widths (a fixed linear congruential sequence)
// separated by glue of width 5, stretch 2.5 and shrink 5/3.
Items RandomWords(int count, uint32_t seed) {
  Items items;
  for (int i = 0; i < count; ++i) {
    seed = seed * 1664525u + 1013904223u;
    if (!items.empty()) items.push_back(BreakItem::Glue(5, 2.5f, 5.0f / 3));
    items.push_back(BreakItem::Box(10 + static_cast<float>(seed >> 24) / 8));  // 10..42
  }
  items.push_back(BreakItem::Penalty(0, kForcedBreak, false));
  return items;
}

// Knuth's demerits of a set of breaks, computed independently of the
// breakers: (10 + badness)² per line but the last, plus 3000 where a line's
// fitness class (tight, decent, loose, very loose) is two or more from the
// previous line's.
double Demerits(const Items& items, const std::vector<size_t>& breaks, float width) {
  double total = 0;
  size_t start = 0;
  int previous_fitness = 1;
  for (size_t n = 0; n + 1 < breaks.size(); ++n) {
    float natural = 0, stretch = 0, shrink = 0;
    while (items[start].type != BreakItem::Type::kBox) ++start;
    for (size_t i = start; i < breaks[n]; ++i) {
      natural += items[i].width;
      stretch += items[i].stretch;
      shrink += items[i].shrink;
    }
    const float ratio = natural < width ? (width - natural) / stretch : (width - natural) / shrink;
    const double badness = 100 * std::abs(ratio * ratio * ratio);
    total += (10 + badness) * (10 + badness);
    const int fitness = ratio < -0.5f ? 0 : ratio <= 0.5f ? 1 : ratio <= 1 ? 2 : 3;
    if (std::abs(fitness - previous_fitness) > 1) total += 3000;
    previous_fitness = fitness;
    start = breaks[n] + 1;
  }
  return total;
}

TEST(OptimalLineBreakerTest, NeverWorseThanFirstFitAndSometimesBetter) {
  const OptimalLineBreaker optimal;
  const FirstFitLineBreaker first_fit;
  int better = 0;
  for (uint32_t seed = 1; seed <= 20; ++seed) {
    const Items items = RandomWords(60, seed);
    for (float width = 120; width <= 240; width += 40) {
      const std::vector<size_t> best = optimal.Break(items, {width, width});
      const std::vector<size_t> greedy = first_fit.Break(items, {width, width});
      ASSERT_EQ(best.back(), items.size() - 1);
      const double best_demerits = Demerits(items, best, width);
      const double greedy_demerits = Demerits(items, greedy, width);
      EXPECT_LE(best_demerits, greedy_demerits * (1 + 1e-6)) << "seed " << seed;
      better += best_demerits < greedy_demerits * 0.99;
    }
  }
  EXPECT_GT(better, 5);
}

TEST(OptimalLineBreakerTest, FallsBackToFirstFitWhenNothingFitsTheTolerance) {
  // A box wider than the line: no feasible breaking, so first-fit's answer.
  const Items items = {BreakItem::Box(10), BreakItem::Glue(5, 2.5f, 1),
                       BreakItem::Box(80), BreakItem::Glue(5, 2.5f, 1),
                       BreakItem::Box(10), BreakItem::Penalty(0, kForcedBreak, false)};
  EXPECT_EQ(OptimalLineBreaker().Break(items, {50, 50}),
            FirstFitLineBreaker().Break(items, {50, 50}));
}

TEST(OptimalLineBreakerTest, HonoursForcedBreaksAndTheFirstLineWidth) {
  Items items = RandomWords(6, 7);
  items.insert(items.begin() + 3, BreakItem::Penalty(0, kForcedBreak, false));
  const std::vector<size_t> breaks = OptimalLineBreaker().Break(items, {1000, 1000});
  EXPECT_EQ(breaks, (std::vector<size_t>{3, items.size() - 1}));
}

}  // namespace
}  // namespace coopkit::layout
