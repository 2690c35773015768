// A thematic break: a short centred rule between two parts of the text.
#pragma once

#include "layout/block.h"

namespace coopkit::layout {

struct RuleStyle {
  page::Color color;
  float thickness = 0.6f;
  float length = 0.3f;  // fraction of the width
  float space_around = 0;
};

class RuleBlock : public Block {
 public:
  explicit RuleBlock(RuleStyle style) : style_(style) {}

  float Wrap(float /*width*/) const override { return style_.thickness; }
  void Draw(const DrawContext& context, float x, float top, float width) const override;
  float SpaceBefore() const override { return style_.space_around; }
  float SpaceAfter() const override { return style_.space_around; }

 private:
  RuleStyle style_;
};

}  // namespace coopkit::layout
