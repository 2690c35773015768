// A paragraph of running text: splits between lines, keeping at least two
// lines on each side of a page break (no widow, no orphan), so a paragraph of
// two or three lines always moves whole.
#pragma once

#include <memory>

#include "layout/block.h"
#include "layout/inline/text_lines.h"

namespace coopkit::layout {

class ParagraphBlock : public Block {
 public:
  ParagraphBlock(std::shared_ptr<const TextSource> text, float space_after);

  float Wrap(float width) const override;
  BlockSplit Split(float width, float available) const override;
  void Draw(const DrawContext& context, float x, float top, float width) const override;
  float SpaceAfter() const override { return space_after_; }
  /// REQUIRES: the paragraph is whole (not the part of a split).
  ContentWidths Widths() const override;

 private:
  struct Piece {
    std::shared_ptr<const TextLines> lines;
    size_t begin = 0, end = 0;
  };

  /// A part of a paragraph already set, lines [begin, end).
  ParagraphBlock(Piece piece, float space_after);

  Piece LinesAt(float width) const;

  std::shared_ptr<const TextSource> text_;  // null for a part of a split paragraph
  Piece piece_;
  float space_after_;
};

}  // namespace coopkit::layout
