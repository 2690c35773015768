// Tiny PNG and JPEG files made on the fly, so that tests of image reading,
// layout and PDF output need no fixtures and no image tool. The PNGs are
// real (zlib-compressed, with CRCs); the JPEG is a real baseline greyscale
// file whose every 8x8 block is flat mid-grey.
#pragma once

#include <string>

namespace coopkit::testing {

struct PngSpec {
  int width = 1;
  int height = 1;
  bool alpha = false;  // RGBA, half-transparent, instead of RGB
  /// Marks the file as interlaced in its IHDR chunk; the pixel data itself
  /// stays laid out row by row, which is enough for header checks.
  bool interlaced = false;
  /// Drops the second half of the compressed pixels; every chunk stays whole
  /// with a right checksum, so only decoding finds the loss.
  bool pixels_cut = false;
  /// Rows of pixel data beyond the image's height, which libpng decodes with
  /// a warning ("Too much image data") and libharu refuses.
  int extra_rows = 0;
};

/// The bytes of a PNG file of `spec`'s size, 8 bits per channel.
std::string PngBytes(const PngSpec& spec);

/// The bytes of a baseline greyscale JPEG file of the given pixel size.
std::string JpegBytes(int width, int height);

}  // namespace coopkit::testing
