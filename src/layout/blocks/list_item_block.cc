#include "layout/blocks/list_item_block.h"

#include <algorithm>
#include <cassert>

namespace coopkit::layout {

ListItemBlock::ListItemBlock(std::shared_ptr<const TextLines> marker, float indent, float gap,
                             BlockPtr body, float space_after)
    : marker_(std::move(marker)),
      indent_(indent),
      gap_(gap),
      body_(std::move(body)),
      space_after_(space_after) {
  assert(!marker_ || marker_->size() == 1);
  assert(!marker_ || marker_->line(0).width <= indent_ - gap_ + kFitTolerance);
}

float ListItemBlock::Wrap(float width) const {
  float marker_height = marker_ ? marker_->Height(0, 1) : 0;
  return std::max(marker_height, body_->Wrap(width - indent_));
}

BlockSplit ListItemBlock::Split(float width, float available) const {
  if (Wrap(width) <= available + kFitTolerance) return {shared_from_this(), nullptr};
  BlockSplit body = body_->Split(width - indent_, available);
  if (!body.head) return {nullptr, shared_from_this()};
  if (!body.rest) return {shared_from_this(), nullptr};
  return {
      std::make_shared<ListItemBlock>(marker_, indent_, gap_, std::move(body.head), 0),
      std::make_shared<ListItemBlock>(nullptr, indent_, gap_, std::move(body.rest), space_after_)};
}

ContentWidths ListItemBlock::Widths() const {
  ContentWidths body = body_->Widths();
  return {indent_ + body.min, indent_ + body.max};
}

void ListItemBlock::Draw(const DrawContext& context, float x, float top, float width) const {
  if (marker_) {
    const Line& line = marker_->line(0);
    DrawLine(context, line, x + indent_ - gap_ - line.width, top + marker_->BaselineOffset(0));
  }
  body_->Draw(context, x + indent_, top, width - indent_);
}

}  // namespace coopkit::layout
