#include "layout/blocks/paragraph_block.h"

#include <algorithm>
#include <cassert>

namespace coopkit::layout {

ParagraphBlock::ParagraphBlock(std::shared_ptr<const TextSource> text, float space_after)
    : text_(std::move(text)), space_after_(space_after) {}

ParagraphBlock::ParagraphBlock(Piece piece, float space_after)
    : piece_(std::move(piece)), space_after_(space_after) {}

ParagraphBlock::Piece ParagraphBlock::LinesAt(float width) const {
  if (!text_) {
    assert(piece_.lines->width() == width && "a split paragraph is drawn at its split width");
    return piece_;
  }
  std::shared_ptr<const TextLines> lines = text_->At(width);
  size_t count = lines->size();
  return {std::move(lines), 0, count};
}

float ParagraphBlock::Wrap(float width) const {
  Piece piece = LinesAt(width);
  return piece.lines->Height(piece.begin, piece.end);
}

BlockSplit ParagraphBlock::Split(float width, float available) const {
  Piece piece = LinesAt(width);
  size_t count = piece.end - piece.begin;
  size_t fitting = piece.lines->LinesFitting(piece.begin, available);
  if (fitting >= count) return {shared_from_this(), nullptr};
  size_t head_count = std::min(fitting, count - std::min(count, kMinLinesAtBreak));
  if (head_count < kMinLinesAtBreak) return {nullptr, shared_from_this()};
  size_t cut = piece.begin + head_count;
  return {std::shared_ptr<const Block>(new ParagraphBlock({piece.lines, piece.begin, cut}, 0)),
          std::shared_ptr<const Block>(
              new ParagraphBlock({piece.lines, cut, piece.end}, space_after_))};
}

ContentWidths ParagraphBlock::Widths() const {
  assert(text_ && "only a whole paragraph is measured");
  return text_->Widths();
}

void ParagraphBlock::Draw(const DrawContext& context, float x, float top, float width) const {
  Piece piece = LinesAt(width);
  piece.lines->Draw(context, piece.begin, piece.end, x, top);
}

}  // namespace coopkit::layout
