// What coopkit needs to know about a PNG or JPEG file before anything draws
// it: its format and pixel size, read from the PNG IHDR chunk or the JPEG
// SOF segment. The reader also refuses what the PDF backend cannot embed
// safely, with a message a user can act on: a PNG is decoded whole
// (base/png_pixels.h: pixel data cut or corrupt), and libharu copies a
// JPEG's bytes without decoding them, so a cut or corrupt one is caught here.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace coopkit {

enum class ImageFormat { kPng, kJpeg };

struct ImageInfo {
  ImageFormat format = ImageFormat::kPng;
  int width = 0;  // pixels, as stored
  int height = 0;
  /// How the stored pixels are turned to be seen upright: a JPEG's EXIF
  /// orientation (1 as stored, 3 upside down, 6 a quarter turn clockwise,
  /// 8 anticlockwise; 2, 4, 5 and 7 the same mirrored), read by libexif, as
  /// a phone writes it instead of turning the pixels. 1 for a PNG.
  int orientation = 1;

  /// True when the picture is seen on its side (5 to 8): its width as seen
  /// is its stored height.
  bool TurnsSideways() const { return orientation >= 5; }
  int SeenWidth() const { return TurnsSideways() ? height : width; }
  int SeenHeight() const { return TurnsSideways() ? width : height; }
};

/// Reads the header of a PNG or JPEG file's `bytes`. Returns nullopt with
/// `error` set (« is cut short », « is damaged: ... »...; a phrase that
/// follows the file's name) when the file is neither, is damaged, or uses a
/// variant the PDF backend cannot embed. PNG chunks are checked with their
/// CRC up to IEND, then every row is decoded (libpng), up to 40 million
/// pixels; a JPEG must hold its frame header, a scan and its end marker.
/// An EXIF orientation that is damaged or out of range reads as 1.
std::optional<ImageInfo> ReadImageInfo(std::string_view bytes, std::string* error);

}  // namespace coopkit
