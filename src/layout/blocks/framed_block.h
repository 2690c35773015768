// Blocks set inside a frame: a callout (tinted background, coloured rule on
// the left, optional bold title, padding) or a block quote (a muted rule and
// an indent). A frame splits inside its blocks, and the part on the next page
// keeps the background and rule, without the title.
#pragma once

#include <memory>

#include "layout/block.h"
#include "layout/inline/text_lines.h"

namespace coopkit::layout {

struct FrameStyle {
  bool filled = false;  // draw `background` behind the frame
  page::Color background;
  page::Color rule;
  float rule_width = 0;    // the rule runs down the frame's left edge
  float padding_x = 0;     // between the rule and the content, and on the right
  float padding_y = 0;     // above and below the content
  float title_gap = 0;     // between the title and the first block
  float space_around = 0;  // before and after the frame
};

class FramedBlock : public Block {
 public:
  /// `title` may be null.
  FramedBlock(FrameStyle style, std::shared_ptr<const TextSource> title, BlockPtr body);

  float Wrap(float width) const override;
  BlockSplit Split(float width, float available) const override;
  void Draw(const DrawContext& context, float x, float top, float width) const override;
  float SpaceBefore() const override { return style_.space_around; }
  float SpaceAfter() const override { return style_.space_around; }
  ContentWidths Widths() const override;

  /// The width inside a frame of `style` that is `width` wide.
  static float ContentWidth(const FrameStyle& style, float width);

 private:
  float ContentWidth(float width) const { return ContentWidth(style_, width); }
  /// Height of the title and the gap under it, or 0 without a title.
  float TitleHeight(float width) const;

  FrameStyle style_;
  std::shared_ptr<const TextSource> title_;
  BlockPtr body_;
};

}  // namespace coopkit::layout
