// One item of a bulleted or numbered list: a marker (•, –, ‣ or « 3. ») in
// the hanging indent, and the item's blocks beside it. A list is a
// BlockStack of these; an item splits inside its blocks, and the part on the
// next page has no marker.
#pragma once

#include <memory>

#include "layout/block.h"
#include "layout/inline/text_lines.h"

namespace coopkit::layout {

class ListItemBlock : public Block {
 public:
  /// The marker ends `gap` points before the body, which starts `indent`
  /// points right of the item's left edge. `marker` may be null (for the
  /// continuation of a split item).
  /// REQUIRES: the marker fits in indent - gap.
  ListItemBlock(std::shared_ptr<const TextLines> marker, float indent, float gap, BlockPtr body,
                float space_after);

  float Wrap(float width) const override;
  BlockSplit Split(float width, float available) const override;
  void Draw(const DrawContext& context, float x, float top, float width) const override;
  float SpaceAfter() const override { return space_after_; }
  ContentWidths Widths() const override;

 private:
  std::shared_ptr<const TextLines> marker_;
  float indent_;
  float gap_;
  BlockPtr body_;
  float space_after_;
};

}  // namespace coopkit::layout
