// Blocks that stay together: the whole group goes to the next column or page
// rather than split, unless it alone is taller than a full frame (then it
// splits like any stack, since waiting would not help).
//
// An optional aside (a QR code floated right) sits at the group's top-right
// corner with the body set in the width left beside it, when that leaves the
// body at least twice the aside's room; in a narrower column the aside goes
// under the body instead, so that text is never squeezed into a sliver. When
// a group beside its aside splits, the aside stays with the first part and
// the later parts keep the body's width.
#pragma once

#include <algorithm>

#include "layout/block.h"

namespace coopkit::layout {

class KeepTogetherBlock : public Block {
 public:
  /// `aside` may be null; its width is its Widths().max. `frame_height` is
  /// the height of a whole column or page frame.
  KeepTogetherBlock(BlockPtr body, BlockPtr aside, float aside_gap, float frame_height,
                    float space_around);

  float Wrap(float width) const override;
  BlockSplit Split(float width, float available) const override;
  void Draw(const DrawContext& context, float x, float top, float width) const override;
  float SpaceBefore() const override { return space_around_; }
  float SpaceAfter() const override { return space_around_; }
  ContentWidths Widths() const override;

 private:
  /// Whether the aside goes beside the body at `width` (else under it).
  bool Beside(float width) const { return aside_room_ > 0 && width >= 3 * aside_room_; }
  float BodyWidth(float width) const {
    return Beside(width) ? std::max(0.0f, width - aside_room_) : width;
  }
  /// What is laid out at `width` without the aside beside it.
  const BlockPtr& Flow(float width) const { return Beside(width) ? body_ : stacked_; }

  BlockPtr body_;
  BlockPtr aside_;    // null in the parts after the first
  BlockPtr stacked_;  // the body, then the aside under it
  float aside_room_;  // the aside's width and gap, kept in every part
  float frame_height_;
  float space_around_;
};

}  // namespace coopkit::layout
