#include "layout/inline/text_lines.h"

#include <algorithm>
#include <cassert>

namespace coopkit::layout {
namespace {

// A run's background box, in font sizes: above and below the baseline, and
// beyond each end of the text.
constexpr float kBackgroundAscent = 0.95f;
constexpr float kBackgroundDescent = 0.3f;
constexpr float kBackgroundPadding = 0.3f;

float LineBoxHeight(const Line& line, float line_height, float empty_line_height) {
  float largest_size = 0;
  for (const PositionedRun& run : line.runs) largest_size = std::max(largest_size, run.style.size);
  float height = largest_size > 0 ? largest_size * line_height : empty_line_height;
  return std::max(height, line.ascent + line.descent);
}

}  // namespace

TextLines::TextLines(float width, std::vector<Line> lines, float line_height,
                     float empty_line_height)
    : width_(width), lines_(std::move(lines)) {
  bottoms_.reserve(lines_.size());
  float bottom = 0;
  for (const Line& line : lines_) {
    bottom += LineBoxHeight(line, line_height, empty_line_height);
    bottoms_.push_back(bottom);
  }
}

float TextLines::Height(size_t begin, size_t end) const {
  assert(begin <= end && end <= lines_.size());
  if (begin == end) return 0;
  return bottoms_[end - 1] - (begin == 0 ? 0 : bottoms_[begin - 1]);
}

size_t TextLines::LinesFitting(size_t begin, float available) const {
  float top = begin == 0 ? 0 : bottoms_[begin - 1];
  auto end =
      std::upper_bound(bottoms_.begin() + begin, bottoms_.end(), top + available + kFitTolerance);
  return static_cast<size_t>(end - bottoms_.begin()) - begin;
}

float TextLines::BaselineOffset(size_t i) const {
  const Line& line = lines_[i];
  float box = Height(i, i + 1);
  return line.ascent + (box - line.ascent - line.descent) / 2;
}

void TextLines::Draw(const DrawContext& context, size_t begin, size_t end, float x,
                     float top) const {
  float line_top = top;
  for (size_t i = begin; i < end; ++i) {
    DrawLine(context, lines_[i], x, line_top + BaselineOffset(i));
    line_top += Height(i, i + 1);
  }
}

void DrawLine(const DrawContext& context, const Line& line, float x, float baseline) {
  for (const PositionedRun& run : line.runs) {
    if (run.text.empty()) continue;
    if (run.style.background) {
      const float pad = kBackgroundPadding * run.style.size;
      context.page->rects.push_back(
          {x + run.x - pad, baseline - kBackgroundAscent * run.style.size, run.width + 2 * pad,
           (kBackgroundAscent + kBackgroundDescent) * run.style.size, *run.style.background});
    }
    if (run.style.anchor >= 0 && context.references) {
      // A term's place is where it is first drawn.
      AnchorPosition& place = context.references->anchors[run.style.anchor];
      if (place.page < 0) place = {context.page_index, baseline - line.ascent};
    }
    context.page->runs.push_back(
        {x + run.x, baseline, run.style.font, run.style.size, run.style.color, run.text});
    if (!run.style.link.empty()) {
      page::LinkArea area = RunLinkArea(line, run, x, baseline);
      area.uri = run.style.link;
      context.page->links.push_back(std::move(area));
    }
  }
}

page::LinkArea RunLinkArea(const Line& line, const PositionedRun& run, float x, float baseline) {
  return {.x = x + run.x,
          .y = baseline - line.ascent,
          .width = run.width,
          .height = line.ascent + line.descent};
}

TextSource::TextSource(std::vector<StyledSpan> spans, ParagraphShape shape, float line_height,
                       const ParagraphSetter* setter)
    : spans_(std::move(spans)), shape_(shape), line_height_(line_height), setter_(setter) {
  assert(!spans_.empty());
}

std::shared_ptr<const TextLines> TextSource::At(float width) const {
  if (cached_ && cached_->width() == width) return cached_;
  ParagraphShape shape = shape_;
  shape.width = width;
  cached_ = std::make_shared<const TextLines>(width, setter_->Set(spans_, shape), line_height_,
                                              spans_.front().style.size * line_height_);
  return cached_;
}

}  // namespace coopkit::layout
