// Tiny PNG and JPEG files made on the fly, so that tests of image reading,
// layout and PDF output need no fixtures and no image tool. The PNGs are
// real (zlib-compressed, with CRCs); the JPEG is a real baseline greyscale
// file whose every 8x8 block is flat mid-grey.
#pragma once

#include <string>
#include <vector>

namespace coopkit::testing {

/// A chunk or segment added to a file as it is, before its pixels.
struct ExtraChunk {
  std::string type;  // a PNG chunk's four letters, or a JPEG marker's byte (as "\xE1")
  std::string data;
};

struct PngSpec {
  int width = 1;
  int height = 1;
  bool alpha = false;  // RGBA, half-transparent, instead of RGB
  /// A PNG colour type (0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA) and
  /// bit depth other than alpha's; the pixels are a gradient in every case.
  int colour_type = -1;
  int bit_depth = 8;
  /// A tRNS chunk: one transparent grey or RGB value, or for a palette, the
  /// alpha of every entry (a ramp).
  bool transparent_colour = false;
  /// Chunks placed between IHDR (and PLTE) and IDAT: gAMA, iCCP, tEXt...
  std::vector<ExtraChunk> chunks;
  /// Adam7 interlacing: the pixels in seven passes, as the IHDR chunk says.
  bool interlaced = false;
  /// Drops the second half of the compressed pixels; every chunk stays whole
  /// with a right checksum, so only decoding finds the loss.
  bool pixels_cut = false;
  /// Rows of pixel data beyond the image's height, which libpng decodes with
  /// a warning ("Too much image data") and libharu refuses.
  int extra_rows = 0;
};

/// The bytes of a PNG file of `spec`'s size, 8 bits per channel unless said.
std::string PngBytes(const PngSpec& spec);

/// The bytes of a baseline greyscale JPEG file of the given pixel size, with
/// `segments` (APP1 EXIF, COM...) after its start marker and `trailer` after
/// its end marker.
std::string JpegBytes(int width, int height, const std::vector<ExtraChunk>& segments = {},
                      const std::string& trailer = "");

/// A real colour JPEG (libjpeg, quality 95) of `width` x `height` pixels
/// whose four quadrants are red (top left), green (top right), blue (bottom
/// left) and yellow (bottom right), with `segments` after its start marker.
std::string QuadrantJpegBytes(int width, int height, const std::vector<ExtraChunk>& segments = {});

/// An APP1 EXIF segment (for JpegBytes' `segments`) saying `orientation`
/// (1 to 8, or any other number to test a damaged one), in Intel byte order
/// or, when `big_endian`, Motorola's.
ExtraChunk ExifOrientationSegment(int orientation, bool big_endian = false);

}  // namespace coopkit::testing
