#include "layout/block.h"

namespace coopkit::layout {

BlockSplit Block::Split(float width, float available) const {
  if (Wrap(width) <= available + kFitTolerance) return {shared_from_this(), nullptr};
  return {nullptr, shared_from_this()};
}

}  // namespace coopkit::layout
