// Sets a paragraph's styled text into lines of a given width: measures words
// with the fonts' metrics, offers French hyphenation points, lets a
// LineBreaker choose the breaks, then positions runs (justified or not).
// Never produces an overfull line: a word wider than the line is cut.
#pragma once

#include <vector>

#include "fonts/font_set.h"
#include "layout/block.h"
#include "layout/inline/text_style.h"

namespace coopkit::layout {

class Hyphenator;
class LineBreaker;

enum class Alignment { kLeft, kJustify, kCenter, kRight };

struct ParagraphShape {
  float width = 0;              // line width in points
  float first_line_indent = 0;  // extra indent of the first line
  Alignment alignment = Alignment::kJustify;
  bool hyphenate = true;
};

class ParagraphSetter {
 public:
  /// `hyphenator` may be null (no hyphenation). All pointers must outlive
  /// the setter.
  ParagraphSetter(const fonts::FontSet* fonts, const Hyphenator* hyphenator,
                  const LineBreaker* breaker);

  std::vector<Line> Set(const std::vector<StyledSpan>& spans, const ParagraphShape& shape) const;
  /// The widest unbreakable piece (with its hyphen, if it ends at a
  /// hyphenation point) and the widest line when only forced breaks break.
  /// `shape.width` is ignored.
  ContentWidths Widths(const std::vector<StyledSpan>& spans, const ParagraphShape& shape) const;

 private:
  const fonts::FontSet* fonts_;
  const Hyphenator* hyphenator_;
  const LineBreaker* breaker_;
};

}  // namespace coopkit::layout
