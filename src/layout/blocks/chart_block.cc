#include "layout/blocks/chart_block.h"

#include <algorithm>
#include <cassert>
#include <cmath>

#include "base/french_number.h"

namespace coopkit::layout {
namespace {

constexpr float kUnboundedWidth = 100000;  // sets a text on one line
constexpr int kMaxTicks = 5;               // steps between 0 and the scale's end
constexpr float kTitleGap = 0.5f;          // under the title, times the label size
constexpr float kScaleGap = 1.5f;          // tick to its number, points

/// The smallest step of 1, 2 or 5 times a power of ten that covers `end`
/// in at most kMaxTicks steps.
double TickStepFor(double end) {
  double step = std::pow(10.0, std::floor(std::log10(end / kMaxTicks)));
  for (double factor : {1.0, 2.0, 5.0, 10.0}) {
    if (std::ceil(end / (factor * step) - 1e-9) <= kMaxTicks) return factor * step;
  }
  return 10 * step;
}

std::string WithDecimalComma(std::string text) {
  std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

}  // namespace

ChartBlock::ChartBlock(ChartData data, ChartStyle style, const ParagraphSetter* setter)
    : data_(std::move(data)), style_(std::move(style)), setter_(setter) {
  assert(!data_.bars.empty());
  double largest = 0;
  for (const ChartBarData& bar : data_.bars) {
    assert(bar.value >= 0);
    largest = std::max(largest, bar.value);
    widest_value_ = std::max(widest_value_,
                             Single(WithDecimalComma(bar.value_text), style_.label)->line(0).width);
    widest_label_ = std::max(widest_label_, Single(bar.label, style_.label)->line(0).width);
  }
  if (data_.max) {
    assert(*data_.max > 0 && *data_.max >= largest);
    scale_end_ = *data_.max;
    tick_step_ = TickStepFor(scale_end_);
  } else if (largest > 0) {
    tick_step_ = TickStepFor(largest);
    scale_end_ = std::ceil(largest / tick_step_ - 1e-9) * tick_step_;
  }
}

std::shared_ptr<const TextLines> ChartBlock::Single(const std::string& text,
                                                    const TextStyle& style) const {
  ParagraphShape shape;
  shape.alignment = Alignment::kLeft;
  shape.hyphenate = false;
  return TextSource({{text, style}}, shape, style_.line_height, setter_).At(kUnboundedWidth);
}

const ChartBlock::Geometry& ChartBlock::At(float width) const {
  if (cached_ && cached_->width == width) return *cached_;
  auto geometry = std::make_shared<Geometry>();
  Geometry& g = *geometry;
  const float size = style_.label.size;
  g.width = width;
  if (!data_.title.empty()) {
    ParagraphShape shape;
    shape.alignment = Alignment::kLeft;
    shape.hyphenate = false;
    g.title =
        TextSource({{data_.title, style_.title}}, shape, style_.line_height, setter_).At(width);
    g.rows_top = g.title->Height(0, g.title->size()) + kTitleGap * size;
  }
  float label_width = std::min(widest_label_, kMaxLabelShare * width);
  g.plot_left = label_width + kLabelGap * size;
  g.plot_width = std::max(0.0f, width - g.plot_left - kValueGap * size - widest_value_);

  ParagraphShape label_shape;
  label_shape.alignment = Alignment::kRight;
  label_shape.hyphenate = true;
  float bar_thickness = kBarThickness * size;
  float row_top = g.rows_top;
  for (const ChartBarData& bar : data_.bars) {
    g.labels.push_back(
        TextSource({{bar.label, style_.label}}, label_shape, style_.line_height, setter_)
            .At(label_width));
    float content = std::max(g.labels.back()->Height(0, g.labels.back()->size()), bar_thickness);
    float row = content + kRowGap * size;
    g.bar_centres.push_back(row_top + row / 2);
    row_top += row;
  }
  g.rows_bottom = row_top;
  float scale_line = style_.scale.size * style_.line_height;
  g.height = g.rows_bottom + kTickLength + kScaleGap + scale_line;
  if (!data_.unit.empty()) g.height += scale_line;
  cached_ = std::move(geometry);
  return *cached_;
}

float ChartBlock::Wrap(float width) const { return At(width).height; }

void ChartBlock::Draw(const DrawContext& context, float x, float top, float width) const {
  const Geometry& g = At(width);
  page::Page& page = *context.page;
  if (g.title) g.title->Draw(context, 0, g.title->size(), x, top);

  const float axis_x = x + g.plot_left;
  const float size = style_.label.size;
  for (size_t i = 0; i < data_.bars.size(); ++i) {
    const ChartBarData& bar = data_.bars[i];
    const float centre = top + g.bar_centres[i];
    const TextLines& label = *g.labels[i];
    label.Draw(context, 0, label.size(), x, centre - label.Height(0, label.size()) / 2);

    float length = static_cast<float>(bar.value / scale_end_) * g.plot_width;
    float thickness = kBarThickness * size;
    if (length > 0)
      page.rects.push_back({axis_x, centre - thickness / 2, length, thickness, style_.bar});
    auto value = Single(WithDecimalComma(bar.value_text), style_.label);
    const Line& line = value->line(0);
    DrawLine(context, line, axis_x + length + kValueGap * size,
             centre + (line.ascent - line.descent) / 2);
  }

  // The axis: a vertical line where the bars start, a horizontal one under
  // the rows with a tick and a number at every step, and the unit below.
  const float axis_y = top + g.rows_bottom;
  page.lines.push_back({axis_x, top + g.rows_top, axis_x, axis_y, kAxisWidth, style_.axis});
  page.lines.push_back({axis_x, axis_y, axis_x + g.plot_width, axis_y, kAxisWidth, style_.axis});
  TextStyle scale = style_.scale;
  scale.color = style_.axis;
  float number_baseline = 0;
  const int steps = static_cast<int>(std::floor(scale_end_ / tick_step_ + 1e-9));
  for (int i = 0; i <= steps; ++i) {
    double tick = i * tick_step_;
    float tick_x = axis_x + static_cast<float>(tick / scale_end_) * g.plot_width;
    page.lines.push_back({tick_x, axis_y, tick_x, axis_y + kTickLength, kAxisWidth, style_.axis});
    auto number = Single(FrenchNumber(tick), scale);
    const Line& line = number->line(0);
    number_baseline = axis_y + kTickLength + kScaleGap + number->BaselineOffset(0);
    DrawLine(context, line, tick_x - line.width / 2, number_baseline);
  }
  if (!data_.unit.empty()) {
    auto unit = Single(data_.unit, scale);
    const Line& line = unit->line(0);
    DrawLine(context, line, axis_x + (g.plot_width - line.width) / 2,
             number_baseline + unit->Height(0, 1));
  }
}

}  // namespace coopkit::layout
