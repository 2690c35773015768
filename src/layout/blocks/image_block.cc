#include "layout/blocks/image_block.h"

#include <algorithm>
#include <cassert>

namespace coopkit::layout {

ImageBlock::ImageBlock(std::string path, int pixel_width, int pixel_height, RelativeLength width,
                       std::shared_ptr<const TextSource> caption, ImageStyle style, int orientation)
    : path_(std::move(path)),
      pixel_width_(pixel_width),
      natural_{pixel_width * 72 / kPixelsPerInch, pixel_height * 72 / kPixelsPerInch},
      width_(width),
      caption_(std::move(caption)),
      style_(style),
      orientation_(orientation) {
  assert(pixel_width > 0 && pixel_height > 0 && style_.max_height > 0);
}

float ImageBlock::CaptionHeight(float width) const {
  if (!caption_) return 0;
  auto lines = caption_->At(width);
  return style_.caption_gap + lines->Height(0, lines->size());
}

ImageBlock::Box ImageBlock::ImageBox(float width) const {
  const float ratio = natural_.height / natural_.width;
  Box box;
  box.width = std::min({width_.Resolve(width), width, natural_.width});
  box.height = box.width * ratio;
  float room = std::max(style_.max_height - CaptionHeight(width), style_.max_height / 4);
  if (box.height > room) {
    box.height = room;
    box.width = room / ratio;
  }
  return box;
}

float ImageBlock::Wrap(float width) const { return ImageBox(width).height + CaptionHeight(width); }

void ImageBlock::Draw(const DrawContext& context, float x, float top, float width) const {
  Box box = ImageBox(width);
  context.page->images.push_back(
      {x + (width - box.width) / 2, top, box.width, box.height, path_, orientation_, pixel_width_});
  if (caption_) {
    auto lines = caption_->At(width);
    lines->Draw(context, 0, lines->size(), x, top + box.height + style_.caption_gap);
  }
}

}  // namespace coopkit::layout
