// A piece of styled text set into lines at one width, with each line's place
// in the block: what paragraphs, headings, list markers, the table of contents
// and the cover draw. TextSource sets the text on demand and keeps the lines
// of the last width asked, so wrapping a paragraph twice costs nothing.
#pragma once

#include <memory>
#include <vector>

#include "layout/block.h"
#include "layout/inline/paragraph_setter.h"
#include "layout/inline/text_style.h"

namespace coopkit::layout {

class TextLines {
 public:
  /// A line's box is `line_height` times its largest font size tall (or
  /// `empty_line_height` without text), and never shorter than its
  /// ascent plus descent, so no glyph sticks out of its box.
  TextLines(float width, std::vector<Line> lines, float line_height, float empty_line_height);

  float width() const { return width_; }
  size_t size() const { return lines_.size(); }
  const Line& line(size_t i) const { return lines_[i]; }

  /// Height of lines [begin, end).
  float Height(size_t begin, size_t end) const;
  /// How many lines from `begin` fit in `available` points of height.
  size_t LinesFitting(size_t begin, float available) const;
  /// Distance from the top of line `i`'s box to its baseline.
  float BaselineOffset(size_t i) const;
  /// Draws lines [begin, end) with the first line's box top at `top`.
  void Draw(const DrawContext& context, size_t begin, size_t end, float x, float top) const;

 private:
  float width_;
  std::vector<Line> lines_;
  std::vector<float> bottoms_;  // bottom of each line box, from the top of line 0
};

/// Draws one set line with its baseline at `baseline`; links get a LinkArea
/// over each of their runs, runs with a background a box behind them, and
/// index terms their place in the context's references (when it has some).
void DrawLine(const DrawContext& context, const Line& line, float x, float baseline);

/// The clickable area of `run` on `line`, drawn at `x` and `baseline`: the
/// run's width and the line's height; no target yet.
page::LinkArea RunLinkArea(const Line& line, const PositionedRun& run, float x, float baseline);

class TextSource {
 public:
  /// REQUIRES: `spans` is not empty.
  TextSource(std::vector<StyledSpan> spans, ParagraphShape shape, float line_height,
             const ParagraphSetter* setter);

  /// The text set `width` points wide (shape.width is ignored).
  std::shared_ptr<const TextLines> At(float width) const;
  /// See ParagraphSetter::Widths.
  ContentWidths Widths() const { return setter_->Widths(spans_, shape_); }

 private:
  std::vector<StyledSpan> spans_;
  ParagraphShape shape_;
  float line_height_;
  const ParagraphSetter* setter_;
  mutable std::shared_ptr<const TextLines> cached_;
};

}  // namespace coopkit::layout
