// Chooses where the lines of a paragraph end. The paragraph is Knuth and
// Plass's item list: boxes (unbreakable material), glue (breakable, elastic
// space) and penalties (possible breaks with a cost, e.g. a hyphenation
// point). A glue is a legal break only when a box precedes it; a penalty is
// one unless its cost is kForbiddenBreak or more. Breaking at a glue drops
// it; breaking at a penalty adds its width (the hyphen) to the line.
//
// Breakers are interchangeable: ParagraphSetter builds the items and reads
// back the breaks, whatever algorithm chose them.
#pragma once

#include <cmath>
#include <cstddef>
#include <limits>
#include <span>
#include <vector>

namespace coopkit::layout {

inline constexpr float kForcedBreak = -10000;    // penalty that always breaks
inline constexpr float kForbiddenBreak = 10000;  // penalty that never breaks

struct BreakItem {
  enum class Type : unsigned char { kBox, kGlue, kPenalty };
  Type type = Type::kBox;
  bool flagged = false;  // penalty: a hyphenation break (consecutive ones look bad)
  float width = 0;       // box and glue: natural width; penalty: width added when broken
  float stretch = 0;     // glue only
  float shrink = 0;      // glue only
  float penalty = 0;     // penalty only: cost of breaking here

  static BreakItem Box(float width) { return {Type::kBox, false, width}; }
  static BreakItem Glue(float width, float stretch, float shrink) {
    return {Type::kGlue, false, width, stretch, shrink};
  }
  static BreakItem Penalty(float width, float penalty, bool flagged) {
    return {Type::kPenalty, flagged, width, 0, 0, penalty};
  }
};

/// Available width of each line: the first one may be shortened by an indent.
struct LineWidths {
  float first = 0;
  float rest = 0;
  float operator()(size_t line) const { return line == 0 ? first : rest; }
};

/// Running totals of a line's items, and how well they fill a width. `extra`
/// is the width of the penalty the line would end at (a hyphen).
struct LineMeasure {
  static constexpr float kTolerance = 1e-3f;  // points; rounding, not overflow

  float natural = 0;
  float stretch = 0;
  float shrink = 0;

  void Add(const BreakItem& item) {
    natural += item.width;
    stretch += item.stretch;
    shrink += item.shrink;
  }
  bool Fits(float width, float extra) const {
    return natural + extra - shrink <= width + kTolerance;
  }
  /// TeX's badness, 100 r³, where r is the share of the glue's stretch (or
  /// shrink) that filling `width` takes; not capped, so that among loose
  /// lines the fuller one still costs less; infinite when the glue cannot
  /// stretch at all.
  float Badness(float width, float extra) const {
    const float gap = width - natural - extra;
    if (std::abs(gap) <= kTolerance) return 0;
    const float elasticity = gap > 0 ? stretch : shrink;
    if (elasticity <= 0) return std::numeric_limits<float>::infinity();
    const float ratio = std::abs(gap) / elasticity;
    return 100 * ratio * ratio * ratio;
  }
};

class LineBreaker {
 public:
  virtual ~LineBreaker() = default;

  /// Returns, ascending, the index of the item at which each line ends.
  /// REQUIRES: `items` ends with a kForcedBreak penalty (so the last index
  /// returned is items.size() - 1). Lines ending at a forced break are not
  /// justified: they only need to fit. A line is wider than its width only
  /// when the material between two consecutive legal breaks is.
  virtual std::vector<size_t> Break(std::span<const BreakItem> items, LineWidths widths) const = 0;
};

}  // namespace coopkit::layout
