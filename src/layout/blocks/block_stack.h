// Blocks one under the other: the body of a page section, of a list item, of
// a callout or of the cover. Between two children the larger of their
// spacings applies; the first child's space before and the last one's space
// after are dropped. A stack splits between its children or inside the one
// that straddles the cut, and never leaves a keep-with-next child (a heading)
// as the last thing of its head.
//
// Splitting shares the children list: the rest of a long document is a view
// on the same vector, so paginating costs the size of each page, not of what
// remains.
#pragma once

#include <memory>
#include <vector>

#include "layout/block.h"

namespace coopkit::layout {

class BlockStack : public Block {
 public:
  explicit BlockStack(std::vector<BlockPtr> children, float space_before = 0,
                      float space_after = 0);

  float Wrap(float width) const override;
  BlockSplit Split(float width, float available) const override;
  void Draw(const DrawContext& context, float x, float top, float width) const override;
  float SpaceBefore() const override { return space_before_; }
  float SpaceAfter() const override { return space_after_; }
  ContentWidths Widths() const override;

  /// Like Split, but the head is never empty: for the top of an empty page,
  /// where waiting for more room is pointless. The head is then the first
  /// child (or the part of it that fits) and may be taller than `available`.
  BlockSplit SplitForcingProgress(float width, float available) const;

  bool empty() const { return size() == 0; }
  size_t size() const { return lead_.size() + tail_->size() - tail_begin_; }
  const BlockPtr& child(size_t i) const {
    return i < lead_.size() ? lead_[i] : (*tail_)[tail_begin_ + i - lead_.size()];
  }

 private:
  BlockStack(std::vector<BlockPtr> lead, std::shared_ptr<const std::vector<BlockPtr>> tail,
             size_t tail_begin, float space_before, float space_after);

  /// A stack of `lead` followed by this stack's children from `from` on.
  BlockPtr RestFrom(std::vector<BlockPtr> lead, size_t from) const;

  // The children are `lead_` followed by `tail_` from `tail_begin_`.
  std::vector<BlockPtr> lead_;
  std::shared_ptr<const std::vector<BlockPtr>> tail_;
  size_t tail_begin_ = 0;
  float space_before_;
  float space_after_;
};

}  // namespace coopkit::layout
