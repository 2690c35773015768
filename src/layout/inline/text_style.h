// How a span of inline text is drawn, and the text a paragraph is made of.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "fonts/font_style.h"
#include "page/color.h"
#include "page/font_id.h"

namespace coopkit::layout {

struct TextStyle {
  page::FontId font = 0;
  float size = 10;
  page::Color color;
  std::string link;  // web address the span points to; empty if none
  // A tinted box drawn behind each run (badges); none when unset.
  std::optional<page::Color> background;
  // The place (CrossReferences::anchors) an index term marks here; -1 if none.
  int anchor = -1;
  // The place this span links to inside the document; -1 if none. Only
  // blocks drawn late (the index) resolve it.
  int link_anchor = -1;
  bool operator==(const TextStyle&) const = default;
};

/// A piece of a paragraph's text in one style. A paragraph is a list of these;
/// "\n" inside `text` forces a line break.
struct StyledSpan {
  std::string text;
  TextStyle style;
};

/// A piece of a set line, positioned relative to the line's left edge.
struct PositionedRun {
  float x = 0;
  float width = 0;
  std::string text;
  TextStyle style;
};

struct Line {
  std::vector<PositionedRun> runs;
  float width = 0;    // natural width of the content, before justification
  float ascent = 0;   // largest ascent among the runs, in points
  float descent = 0;  // largest depth below the baseline, positive, in points
  bool ends_paragraph = false;
};

}  // namespace coopkit::layout
