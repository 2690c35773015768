#include "layout/blocks/columns_block.h"

#include <algorithm>
#include <cassert>

namespace coopkit::layout {
namespace {

constexpr float kBalancePrecision = 0.5f;  // points

}  // namespace

ColumnsBlock::ColumnsBlock(BlockPtr body, int count, float gap, float space_around,
                           float frame_height)
    : body_(std::move(body)),
      count_(count),
      gap_(gap),
      space_around_(space_around),
      frame_height_(frame_height) {
  assert(count_ >= 1);
}

ColumnsBlock::ColumnsBlock(std::vector<BlockPtr> columns, int count, float gap, float space_around,
                           float frame_height)
    : columns_(std::move(columns)),
      count_(count),
      gap_(gap),
      space_around_(space_around),
      frame_height_(frame_height) {}

float ColumnsBlock::ColumnWidth(float width, int count, float gap) {
  return (width - gap * static_cast<float>(count - 1)) / static_cast<float>(count);
}

ColumnsBlock::Filled ColumnsBlock::Fill(float width, float height) const {
  Filled filled;
  BlockPtr rest = body_;
  while (rest && static_cast<int>(filled.columns.size()) < count_) {
    BlockSplit split = rest->Split(ColumnWidth(width), height);
    if (!split.head) break;
    filled.columns.push_back(std::move(split.head));
    rest = std::move(split.rest);
  }
  filled.rest = std::move(rest);
  return filled;
}

const ColumnsBlock::Balanced& ColumnsBlock::BalanceAt(float width) const {
  if (balanced_.width == width) return balanced_;
  balanced_.width = width;
  if (!body_) {
    balanced_.columns = columns_;
    balanced_.height = 0;
    for (const BlockPtr& column : columns_) {
      balanced_.height = std::max(balanced_.height, column->Wrap(ColumnWidth(width)));
    }
    return balanced_;
  }
  // The shortest height at which N columns take everything: everything fits
  // in one column as tall as the whole body, and rarely in less than 1/N of it.
  float high = body_->Wrap(ColumnWidth(width));
  float low = high / static_cast<float>(count_) - kBalancePrecision;
  while (high - low > kBalancePrecision) {
    float middle = (low + high) / 2;
    if (Fill(width, middle).rest) {
      low = middle;
    } else {
      high = middle;
    }
  }
  balanced_.columns = Fill(width, high).columns;
  balanced_.height = 0;
  for (const BlockPtr& column : balanced_.columns) {
    balanced_.height = std::max(balanced_.height, column->Wrap(ColumnWidth(width)));
  }
  return balanced_;
}

float ColumnsBlock::Wrap(float width) const {
  // Filling one frame costs a page; balancing a body longer than that would
  // cost the whole body.
  if (body_ && balanced_.width != width && Fill(width, frame_height_).rest)
    return frame_height_ + 1;
  return BalanceAt(width).height;
}

BlockSplit ColumnsBlock::Split(float width, float available) const {
  if (!body_) {
    if (Wrap(width) <= available + kFitTolerance) return {shared_from_this(), nullptr};
    return {nullptr, shared_from_this()};
  }
  // Only a body that fills less than `available` is balanced (and then it
  // is short); a balance a fraction of a point too tall keeps the filled columns.
  Filled filled = Fill(width, available);
  if (filled.columns.empty()) return {nullptr, shared_from_this()};
  if (!filled.rest && Wrap(width) <= available + kFitTolerance)
    return {shared_from_this(), nullptr};
  auto head = std::shared_ptr<const Block>(
      new ColumnsBlock(std::move(filled.columns), count_, gap_, space_around_, frame_height_));
  if (!filled.rest) return {std::move(head), nullptr};
  return {std::move(head), std::make_shared<ColumnsBlock>(std::move(filled.rest), count_, gap_,
                                                          space_around_, frame_height_)};
}

void ColumnsBlock::Draw(const DrawContext& context, float x, float top, float width) const {
  const Balanced& balanced = BalanceAt(width);
  float column_width = ColumnWidth(width);
  for (size_t i = 0; i < balanced.columns.size(); ++i) {
    balanced.columns[i]->Draw(context, x + static_cast<float>(i) * (column_width + gap_), top,
                              column_width);
  }
}

}  // namespace coopkit::layout
