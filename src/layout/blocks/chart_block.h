// A horizontal bar chart drawn as vectors: the title above; one row per bar
// with its label right-aligned in a column on the left (as wide as the
// longest label, at most kMaxLabelShare of the width, wrapped beyond), the
// bar from the axis, its length value / scale times the plot's width, and
// the value printed as text just after the bar's end; under the rows, the
// axis with ticks, their numbers and the unit. Every number and label is
// real text, so the chart can be searched and read aloud. A chart is kept
// whole: it never splits across pages.
//
// The scale runs from 0 to `max` when given, else to a round number at or
// above the largest value (steps of 1, 2 or 5 times a power of ten, at most
// five of them). Numbers are printed the French way: « 3,5 ».
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "layout/block.h"
#include "layout/inline/paragraph_setter.h"
#include "layout/inline/text_lines.h"
#include "layout/inline/text_style.h"

namespace coopkit::layout {

struct ChartBarData {
  std::string label;
  double value = 0;        // >= 0
  std::string value_text;  // as written, with a decimal point: "3.5"
};

struct ChartData {
  std::string title;  // may be empty
  std::string unit;   // printed under the axis; may be empty
  std::vector<ChartBarData> bars;
  std::optional<double> max;  // the end of the scale; REQUIRES: >= every value
};

struct ChartStyle {
  TextStyle title;  // bold, above the chart
  TextStyle label;  // bar labels and values
  TextStyle scale;  // tick numbers and unit, smaller
  float line_height = 1.35f;
  page::Color bar;
  page::Color axis;
  float space_around = 0;
};

class ChartBlock : public Block {
 public:
  static constexpr float kMaxLabelShare = 0.4f;  // of the width, for the label column
  static constexpr float kBarThickness = 1.1f;   // times the label size
  static constexpr float kRowGap = 0.5f;         // between rows, times the label size
  static constexpr float kLabelGap = 0.6f;       // label column to axis, times the label size
  static constexpr float kValueGap = 0.4f;       // bar end to value, times the label size
  static constexpr float kTickLength = 3;        // points
  static constexpr float kAxisWidth = 0.6f;      // points

  /// REQUIRES: data.bars is not empty; `setter` outlives the block.
  ChartBlock(ChartData data, ChartStyle style, const ParagraphSetter* setter);

  float Wrap(float width) const override;
  void Draw(const DrawContext& context, float x, float top, float width) const override;
  float SpaceBefore() const override { return style_.space_around; }
  float SpaceAfter() const override { return style_.space_around; }

  /// The end of the scale and the distance between ticks.
  double ScaleEnd() const { return scale_end_; }
  double TickStep() const { return tick_step_; }

 private:
  /// Where everything goes at one width, relative to the block's top-left.
  struct Geometry {
    float width = 0;
    float plot_left = 0, plot_width = 0;
    float rows_top = 0, rows_bottom = 0;
    std::vector<float> bar_centres;
    std::shared_ptr<const TextLines> title;
    std::vector<std::shared_ptr<const TextLines>> labels;
    float height = 0;
  };

  std::shared_ptr<const TextLines> Single(const std::string& text, const TextStyle& style) const;
  const Geometry& At(float width) const;

  ChartData data_;
  ChartStyle style_;
  const ParagraphSetter* setter_;
  double scale_end_ = 1;
  double tick_step_ = 1;
  float widest_value_ = 0;
  float widest_label_ = 0;
  mutable std::shared_ptr<const Geometry> cached_;
};

}  // namespace coopkit::layout
