// How inline text is drawn where the block builder stands: a quote is muted
// and italic, a callout's title bold, a link in the link colour...
#pragma once

#include <string>

#include "fonts/font_style.h"
#include "page/color.h"

namespace coopkit::layout {

struct InlineState {
  fonts::FontRole role = fonts::FontRole::kBody;
  bool bold = false;
  bool italic = false;
  float size = 10;
  page::Color color;
  std::string link;
  int anchor = -1;     // the index place the text marks
  bool badge = false;  // drawn as a small tinted label

  /// Bold, in the heading face: the titles of headings, callouts, covers
  /// and tables.
  static InlineState BoldHeading(float size, page::Color color) {
    return {.role = fonts::FontRole::kHeading, .bold = true, .size = size, .color = color};
  }
};

}  // namespace coopkit::layout
