// A tiny PDF made on the fly and a PNG decoder, for tests of what renders
// PDF pages to pictures: the PDF has a right cross-reference table (the
// smallest file poppler reads without repairing it) and one page whose left
// half is filled red.
#pragma once

#include <string>

#include "base/png_encoder.h"

namespace coopkit::testing {

/// A one-page PDF of `width` × `height` points, its left half red.
std::string OnePagePdf(int width, int height);

/// `png` decoded as the PDF backend decodes it (DecodePngPixels), as 8-bit
/// RGB; an empty image when it is not a PNG.
RgbImage DecodePng(const std::string& png);

/// The pixel at (x, y) of `image` as 0xRRGGBB.
uint32_t PixelAt(const RgbImage& image, int x, int y);

}  // namespace coopkit::testing
