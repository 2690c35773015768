// The cover: a page of its own, without running header or footer. A band of
// the theme's cover colour fills the top of the page with the organisation,
// an accent mark, the big title and the subtitle; under it come the date and
// place, and the cover's own blocks sit at the foot of the page.
#pragma once

#include <memory>

#include "layout/block.h"
#include "layout/inline/text_lines.h"
#include "layout/theme.h"

namespace coopkit::layout {

struct CoverContent {
  std::shared_ptr<const TextSource> title;  // each may be null
  std::shared_ptr<const TextSource> subtitle;
  std::shared_ptr<const TextSource> organisation;
  std::shared_ptr<const TextSource> date_and_place;
  BlockPtr body;  // never null; may be an empty stack
};

class CoverBlock : public Block {
 public:
  CoverBlock(CoverContent content, const Theme& theme);

  /// A cover always takes the whole page.
  float Wrap(float /*width*/) const override { return geometry_.height; }
  /// Draws the whole page; `x`, `top` and `width` are ignored.
  void Draw(const DrawContext& context, float x, float top, float width) const override;
  PageRole Role() const override { return PageRole::kOwnPage; }

  /// True when the cover's blocks are too tall for the room under the band;
  /// only the part that fits is drawn.
  bool BodyOverflows() const;

 private:
  float BandBottom() const;
  /// Top of the room for the body, under the date and place.
  float BodyRoomTop() const;

  CoverContent content_;
  PageGeometry geometry_;
  CoverGeometry cover_;
  page::Color band_;
  page::Color accent_;
};

}  // namespace coopkit::layout
