// An explicit page break: ends the current page; draws nothing.
#pragma once

#include "layout/block.h"

namespace coopkit::layout {

class PageBreakBlock : public Block {
 public:
  float Wrap(float /*width*/) const override { return 0; }
  void Draw(const DrawContext& /*context*/, float /*x*/, float /*top*/,
            float /*width*/) const override {}
  PageRole Role() const override { return PageRole::kPageBreak; }
};

}  // namespace coopkit::layout
