#include "layout/blocks/keep_together_block.h"

#include <cassert>

#include "layout/blocks/block_stack.h"

namespace coopkit::layout {

KeepTogetherBlock::KeepTogetherBlock(BlockPtr body, BlockPtr aside, float aside_gap,
                                     float frame_height, float space_around)
    : body_(std::move(body)),
      aside_(std::move(aside)),
      stacked_(aside_ ? std::make_shared<BlockStack>(std::vector<BlockPtr>{body_, aside_}) : body_),
      aside_room_(aside_ ? aside_->Widths().max + aside_gap : 0),
      frame_height_(frame_height),
      space_around_(space_around) {
  assert(body_);
}

float KeepTogetherBlock::Wrap(float width) const {
  float height = Flow(width)->Wrap(BodyWidth(width));
  if (aside_ && Beside(width)) height = std::max(height, aside_->Wrap(aside_->Widths().max));
  return height;
}

BlockSplit KeepTogetherBlock::Split(float width, float available) const {
  float height = Wrap(width);
  if (height <= available + kFitTolerance) return {shared_from_this(), nullptr};
  if (height <= frame_height_ + kFitTolerance) return {nullptr, shared_from_this()};
  // Taller than any frame: it has to split, as its content would.
  BlockSplit piece = Flow(width)->Split(BodyWidth(width), available);
  if (!piece.head) return {nullptr, shared_from_this()};
  if (!piece.rest) return {shared_from_this(), nullptr};
  auto part = [&](BlockPtr content, bool with_aside) {
    auto block = std::make_shared<KeepTogetherBlock>(*this);
    block->body_ = content;
    block->stacked_ = std::move(content);
    if (!with_aside) block->aside_ = nullptr;
    return block;
  };
  bool beside = Beside(width);
  return {part(std::move(piece.head), beside), part(std::move(piece.rest), false)};
}

void KeepTogetherBlock::Draw(const DrawContext& context, float x, float top, float width) const {
  Flow(width)->Draw(context, x, top, BodyWidth(width));
  if (aside_ && Beside(width)) {
    float aside_width = aside_->Widths().max;
    aside_->Draw(context, x + width - aside_width, top, aside_width);
  }
}

ContentWidths KeepTogetherBlock::Widths() const {
  ContentWidths widths = body_->Widths();
  widths.min += aside_room_;
  widths.max += aside_room_;
  return widths;
}

}  // namespace coopkit::layout
