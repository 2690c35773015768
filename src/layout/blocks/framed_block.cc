#include "layout/blocks/framed_block.h"

#include <algorithm>

namespace coopkit::layout {

FramedBlock::FramedBlock(FrameStyle style, std::shared_ptr<const TextSource> title, BlockPtr body)
    : style_(style), title_(std::move(title)), body_(std::move(body)) {}

float FramedBlock::ContentWidth(const FrameStyle& style, float width) {
  return width - style.rule_width - 2 * style.padding_x;
}

float FramedBlock::TitleHeight(float width) const {
  if (!title_) return 0;
  std::shared_ptr<const TextLines> lines = title_->At(ContentWidth(width));
  return lines->Height(0, lines->size()) + style_.title_gap;
}

float FramedBlock::Wrap(float width) const {
  return 2 * style_.padding_y + TitleHeight(width) + body_->Wrap(ContentWidth(width));
}

BlockSplit FramedBlock::Split(float width, float available) const {
  if (Wrap(width) <= available + kFitTolerance) return {shared_from_this(), nullptr};
  float room = available - 2 * style_.padding_y - TitleHeight(width);
  if (room <= 0) return {nullptr, shared_from_this()};
  BlockSplit body = body_->Split(ContentWidth(width), room);
  if (!body.head) return {nullptr, shared_from_this()};
  if (!body.rest) return {shared_from_this(), nullptr};
  return {std::make_shared<FramedBlock>(style_, title_, std::move(body.head)),
          std::make_shared<FramedBlock>(style_, nullptr, std::move(body.rest))};
}

ContentWidths FramedBlock::Widths() const {
  ContentWidths widths = body_->Widths();
  if (title_) {
    ContentWidths title = title_->Widths();
    widths = {std::max(widths.min, title.min), std::max(widths.max, title.max)};
  }
  float frame = style_.rule_width + 2 * style_.padding_x;
  return {frame + widths.min, frame + widths.max};
}

void FramedBlock::Draw(const DrawContext& context, float x, float top, float width) const {
  float height = Wrap(width);
  if (style_.filled) context.page->rects.push_back({x, top, width, height, style_.background});
  if (style_.rule_width > 0) {
    context.page->rects.push_back({x, top, style_.rule_width, height, style_.rule});
  }
  float content_x = x + style_.rule_width + style_.padding_x;
  float content_width = ContentWidth(width);
  float y = top + style_.padding_y;
  if (title_) {
    std::shared_ptr<const TextLines> lines = title_->At(content_width);
    lines->Draw(context, 0, lines->size(), content_x, y);
    y += TitleHeight(width);
  }
  body_->Draw(context, content_x, y, content_width);
}

}  // namespace coopkit::layout
