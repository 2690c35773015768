#include "layout/blocks/block_stack.h"

#include <algorithm>

namespace coopkit::layout {

BlockStack::BlockStack(std::vector<BlockPtr> children, float space_before, float space_after)
    : BlockStack({}, std::make_shared<const std::vector<BlockPtr>>(std::move(children)), 0,
                 space_before, space_after) {}

BlockStack::BlockStack(std::vector<BlockPtr> lead,
                       std::shared_ptr<const std::vector<BlockPtr>> tail, size_t tail_begin,
                       float space_before, float space_after)
    : lead_(std::move(lead)),
      tail_(std::move(tail)),
      tail_begin_(tail_begin),
      space_before_(space_before),
      space_after_(space_after) {}

float BlockStack::Wrap(float width) const {
  float height = 0;
  for (size_t i = 0; i < size(); ++i) {
    if (i > 0) height += std::max(child(i - 1)->SpaceAfter(), child(i)->SpaceBefore());
    height += child(i)->Wrap(width);
  }
  return height;
}

BlockSplit BlockStack::Split(float width, float available) const {
  std::vector<BlockPtr> head;
  float used = 0;
  for (size_t i = 0; i < size(); ++i) {
    const BlockPtr& block = child(i);
    float gap = head.empty() ? 0 : std::max(head.back()->SpaceAfter(), block->SpaceBefore());
    float height = block->Wrap(width);
    if (used + gap + height <= available + kFitTolerance) {
      head.push_back(block);
      used += gap + height;
      continue;
    }
    BlockSplit piece = block->Split(width, std::max(0.0f, available - used - gap));
    std::vector<BlockPtr> rest_lead;
    if (piece.head) {
      head.push_back(std::move(piece.head));
      if (piece.rest) rest_lead.push_back(std::move(piece.rest));
    } else {
      // Nothing of `block` fits: whatever must stay with it goes on too.
      rest_lead.push_back(block);
      while (!head.empty() && head.back()->KeepWithNext()) {
        rest_lead.insert(rest_lead.begin(), std::move(head.back()));
        head.pop_back();
      }
    }
    if (head.empty()) return {nullptr, shared_from_this()};
    return {std::make_shared<BlockStack>(std::move(head), space_before_, space_after_),
            RestFrom(std::move(rest_lead), i + 1)};
  }
  return {shared_from_this(), nullptr};
}

BlockSplit BlockStack::SplitForcingProgress(float width, float available) const {
  BlockSplit split = Split(width, available);
  if (split.head || empty()) return split;
  const BlockPtr& first = child(0);
  BlockSplit piece = first->Split(width, available);
  if (!piece.head) piece = {first, nullptr};
  std::vector<BlockPtr> rest_lead;
  if (piece.rest) rest_lead.push_back(std::move(piece.rest));
  return {std::make_shared<BlockStack>(std::vector<BlockPtr>{std::move(piece.head)}, space_before_,
                                       space_after_),
          RestFrom(std::move(rest_lead), 1)};
}

BlockPtr BlockStack::RestFrom(std::vector<BlockPtr> lead, size_t from) const {
  size_t tail_begin = tail_begin_;
  if (from < lead_.size()) {
    lead.insert(lead.end(), lead_.begin() + from, lead_.end());
  } else {
    tail_begin += from - lead_.size();
  }
  if (lead.empty() && tail_begin == tail_->size()) return nullptr;
  return std::shared_ptr<const Block>(
      new BlockStack(std::move(lead), tail_, tail_begin, space_before_, space_after_));
}

ContentWidths BlockStack::Widths() const {
  ContentWidths widths;
  for (size_t i = 0; i < size(); ++i) {
    ContentWidths child_widths = child(i)->Widths();
    widths.min = std::max(widths.min, child_widths.min);
    widths.max = std::max(widths.max, child_widths.max);
  }
  return widths;
}

void BlockStack::Draw(const DrawContext& context, float x, float top, float width) const {
  float y = top;
  for (size_t i = 0; i < size(); ++i) {
    if (i > 0) y += std::max(child(i - 1)->SpaceAfter(), child(i)->SpaceBefore());
    child(i)->Draw(context, x, y, width);
    y += child(i)->Wrap(width);
  }
}

}  // namespace coopkit::layout
