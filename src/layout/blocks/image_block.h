// A photo or picture with its caption below, kept together (never split: it
// moves whole to the next page when it does not fit). The image keeps its
// aspect ratio and is centred; it is as wide as the width asked for (a length
// or a share of the column), but never wider than the column, nor than its
// own size at kPixelsPerInch, so a small picture is not blown up. When image
// and caption would be taller than `max_height` (the page's frame), the image
// shrinks to fit. The caption is set centred across the column.
#pragma once

#include <memory>
#include <string>

#include "base/length.h"
#include "layout/block.h"
#include "layout/inline/text_lines.h"

namespace coopkit::layout {

struct ImageStyle {
  float caption_gap = 0;  // between the image and its caption
  float space_around = 0;
  float max_height = 0;  // of image and caption together
};

class ImageBlock : public Block {
 public:
  static constexpr float kPixelsPerInch = 96;

  struct Box {
    float width = 0, height = 0;
  };

  /// `path` is handed to the backend as it is, with its EXIF `orientation`
  /// (page::PlacedImage); the pixel sizes are the picture's as seen.
  /// `caption` may be null. REQUIRES: pixel sizes > 0, style.max_height > 0.
  ImageBlock(std::string path, int pixel_width, int pixel_height, RelativeLength width,
             std::shared_ptr<const TextSource> caption, ImageStyle style, int orientation = 1);

  float Wrap(float width) const override;
  void Draw(const DrawContext& context, float x, float top, float width) const override;
  float SpaceBefore() const override { return style_.space_around; }
  float SpaceAfter() const override { return style_.space_around; }

  /// The image's size when the block is `width` points wide.
  Box ImageBox(float width) const;

 private:
  float CaptionHeight(float width) const;

  std::string path_;
  int pixel_width_;
  Box natural_;  // at kPixelsPerInch
  RelativeLength width_;
  std::shared_ptr<const TextSource> caption_;
  ImageStyle style_;
  int orientation_;
};

}  // namespace coopkit::layout
