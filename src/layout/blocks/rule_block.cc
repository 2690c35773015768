#include "layout/blocks/rule_block.h"

namespace coopkit::layout {

void RuleBlock::Draw(const DrawContext& context, float x, float top, float width) const {
  float length = width * style_.length;
  float y = top + style_.thickness / 2;
  float start = x + (width - length) / 2;
  context.page->lines.push_back({start, y, start + length, y, style_.thickness, style_.color});
}

}  // namespace coopkit::layout
