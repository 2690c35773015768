// Pixels to PNG bytes, with libpng: 8-bit RGB, no interlacing, the
// smallest output libpng's default filters give.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace coopkit {

struct RgbImage {
  int width = 0;  // pixels
  int height = 0;
  std::vector<uint8_t> pixels;  // rows top to bottom, 3 bytes (R, G, B) per pixel
};

/// The PNG file of `image`; empty when libpng refuses it (an empty image, or
/// pixels that do not match its size).
std::string EncodePng(const RgbImage& image);

}  // namespace coopkit
