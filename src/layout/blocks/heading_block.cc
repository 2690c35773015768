#include "layout/blocks/heading_block.h"

#include <cassert>

namespace coopkit::layout {

HeadingBlock::HeadingBlock(std::shared_ptr<const TextSource> text, int level, int anchor,
                           std::string title, HeadingSpacing spacing)
    : text_(std::move(text)),
      level_(level),
      anchor_(anchor),
      title_(std::move(title)),
      spacing_(spacing) {
  assert(level_ >= 1 && level_ <= 3);
}

float HeadingBlock::Wrap(float width) const {
  std::shared_ptr<const TextLines> lines = text_->At(width);
  return lines->Height(0, lines->size());
}

void HeadingBlock::Draw(const DrawContext& context, float x, float top, float width) const {
  std::shared_ptr<const TextLines> lines = text_->At(width);
  lines->Draw(context, 0, lines->size(), x, top);
  CrossReferences& references = *context.references;
  assert(anchor_ >= 0 && static_cast<size_t>(anchor_) < references.anchors.size());
  references.anchors[anchor_] = {context.page_index, top};
  references.outline.push_back({title_, level_, context.page_index, top});
}

}  // namespace coopkit::layout
