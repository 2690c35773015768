// A QR code drawn as vector squares: a white square with the 4-module quiet
// zone scanners need around the code, then its dark modules as one grid of
// cells (page.h's CellGrid). The code is at least 18 mm wide, quiet
// zone included, so that a phone reads it from paper; a web address in it is
// also a link in the PDF.
#pragma once

#include <string>

#include "layout/block.h"
#include "layout/blocks/qr_code.h"

namespace coopkit::layout {

/// Smallest side of a printed code, quiet zone included: 18 mm.
inline constexpr float kMinQrSide = 51.02f;
/// Light modules around the code, on each side.
inline constexpr int kQrQuietZone = 4;

class QrCodeBlock : public Block {
 public:
  /// `side` is the width of the whole square in points (raised to
  /// kMinQrSide); `data` is what `code` encodes.
  QrCodeBlock(QrCode code, std::string data, float side, float space_around);

  float Wrap(float width) const override;
  void Draw(const DrawContext& context, float x, float top, float width) const override;
  float SpaceBefore() const override { return space_around_; }
  float SpaceAfter() const override { return space_around_; }
  ContentWidths Widths() const override { return {side_, side_}; }

  float side() const { return side_; }
  /// The side of one module.
  float module() const;

 private:
  QrCode code_;
  std::string data_;
  float side_;
  float space_around_;
};

}  // namespace coopkit::layout
