// Blocks flowed in N columns side by side. On one page the columns are
// balanced: the block is as short as it can be while its content still fits
// in N columns. When it does not fit the room left on the page, the columns
// are filled to the foot of the page and the rest continues on the next.
//
// Balancing costs a few fills of the whole body, so it is only done for a
// body that fits one frame: a longer one (a directory of thousands of
// entries) is measured and cut a page at a time, which keeps pagination
// linear in the length of the body.
#pragma once

#include <vector>

#include "layout/block.h"

namespace coopkit::layout {

class ColumnsBlock : public Block {
 public:
  /// `frame_height` is the height of a whole page frame.
  /// REQUIRES: count >= 1.
  ColumnsBlock(BlockPtr body, int count, float gap, float space_around, float frame_height);

  /// The balanced height; for a body that does not fit `count` columns of a
  /// whole frame, only a height above the frame's (it is split anyway).

  float Wrap(float width) const override;
  BlockSplit Split(float width, float available) const override;
  void Draw(const DrawContext& context, float x, float top, float width) const override;
  float SpaceBefore() const override { return space_around_; }
  float SpaceAfter() const override { return space_around_; }

  /// The width of each of `count` columns `gap` apart in `width`.
  static float ColumnWidth(float width, int count, float gap);

 private:
  /// The body cut into at most `count_` columns `height` points tall.
  struct Filled {
    std::vector<BlockPtr> columns;
    BlockPtr rest;  // null when everything fits
  };
  struct Balanced {
    float width = -1;
    float height = 0;
    std::vector<BlockPtr> columns;
  };

  /// Already cut columns: the part of a split block that is on one page.
  ColumnsBlock(std::vector<BlockPtr> columns, int count, float gap, float space_around,
               float frame_height);

  float ColumnWidth(float width) const { return ColumnWidth(width, count_, gap_); }
  Filled Fill(float width, float height) const;
  const Balanced& BalanceAt(float width) const;

  BlockPtr body_;                  // null for already cut columns
  std::vector<BlockPtr> columns_;  // only for already cut columns
  int count_;
  float gap_;
  float space_around_;
  float frame_height_;
  mutable Balanced balanced_;
};

}  // namespace coopkit::layout
