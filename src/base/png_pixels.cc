#include "base/png_pixels.h"

#include <png.h>

#include <algorithm>
#include <csetjmp>

namespace coopkit {
namespace {

// libpng reads from memory through this callback.
struct PngSource {
  std::string_view bytes;
  size_t at = 0;
  std::string error;
};

void ReadPngBytes(png_structp png, png_bytep out, png_size_t length) {
  auto* source = static_cast<PngSource*>(png_get_io_ptr(png));
  if (length > source->bytes.size() - source->at) png_error(png, "the file ends in its pixel data");
  std::copy_n(source->bytes.data() + source->at, length, out);
  source->at += length;
}

[[noreturn]] void OnPngError(png_structp png, png_const_charp message) {
  static_cast<PngSource*>(png_get_error_ptr(png))->error = message;
  png_longjmp(png, 1);
}

// A warning about the pixel data ("Too much image data") means a damaged
// file: it is refused as an error.
[[noreturn]] void OnPngWarning(png_structp png, png_const_charp message) {
  OnPngError(png, message);
}

// The chunks libpng knows that hold no pixels: skipped unread, so that a
// colour profile or a text libpng finds fault with never refuses the image.
constexpr png_byte kChunksWithoutPixels[] =
    "bKGD\0cHRM\0eXIf\0gAMA\0hIST\0iCCP\0iTXt\0oFFs\0pCAL\0pHYs\0sBIT\0sCAL\0sPLT\0sRGB\0"
    "tEXt\0tIME\0zTXt";
constexpr int kChunksWithoutPixelsCount = sizeof kChunksWithoutPixels / 5;

}  // namespace

bool DecodePngPixels(std::string_view bytes, PngPixels* pixels, std::string* error) {
  PngSource source{bytes};
  png_structp png =
      png_create_read_struct(PNG_LIBPNG_VER_STRING, &source, OnPngError, OnPngWarning);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  if (!info) {
    png_destroy_read_struct(&png, nullptr, nullptr);
    *error = "cannot be decoded: out of memory";
    return false;
  }
  // libpng's errors come back here by longjmp: nothing with a destructor is
  // made below, and the rows are libpng's memory, in a volatile pointer.
  png_bytep volatile rows = nullptr;
  if (setjmp(png_jmpbuf(png))) {
    png_free(png, rows);
    png_destroy_read_struct(&png, &info, nullptr);
    *error = "is damaged: its pixel data cannot be decoded (" + source.error + ")";
    return false;
  }
  png_set_read_fn(png, &source, ReadPngBytes);
  png_set_keep_unknown_chunks(png, PNG_HANDLE_CHUNK_NEVER, kChunksWithoutPixels,
                              kChunksWithoutPixelsCount);
  png_read_info(png, info);
  png_set_expand(png);  // palette to RGB, grey of 1, 2 or 4 bits to 8, tRNS to alpha
  png_set_scale_16(png);
  const int passes = png_set_interlace_handling(png);  // 7 for Adam7, else 1
  png_read_update_info(png, info);
  const size_t channels = png_get_channels(png, info);  // grey, grey+alpha, RGB or RGBA
  const bool has_alpha = channels == 2 || channels == 4;
  const size_t colour_channels = has_alpha ? channels - 1 : channels;
  const size_t width = png_get_image_width(png, info);
  const png_uint_32 height = png_get_image_height(png, info);
  if (pixels) {
    pixels->width = static_cast<int>(width);
    pixels->height = static_cast<int>(height);
    pixels->grey = colour_channels == 1;
    pixels->colour.resize(width * height * colour_channels);
    pixels->alpha.resize(has_alpha ? width * height : 0);
  }
  // Each Adam7 pass adds pixels to the rows the passes before it filled, so
  // an interlaced image is decoded whole; any other, and a check, through
  // one row.
  const size_t row_bytes = png_get_rowbytes(png, info);
  const png_uint_32 rows_kept = pixels && passes > 1 ? height : 1;
  rows = static_cast<png_bytep>(png_malloc(png, row_bytes * rows_kept));
  for (int pass = 0; pass < passes; ++pass) {
    for (png_uint_32 y = 0; y < height; ++y) {
      const png_bytep row = rows + (rows_kept > 1 ? y : 0) * row_bytes;
      png_read_row(png, row, nullptr);
      if (!pixels || pass + 1 < passes) continue;
      uint8_t* colour = pixels->colour.data() + y * width * colour_channels;
      uint8_t* alpha = has_alpha ? pixels->alpha.data() + y * width : nullptr;
      for (size_t x = 0; x < width; ++x) {
        const png_bytep pixel = row + x * channels;
        std::copy_n(pixel, colour_channels, colour + x * colour_channels);
        if (alpha) alpha[x] = pixel[colour_channels];
      }
    }
  }
  png_read_end(png, nullptr);
  png_free(png, rows);
  png_destroy_read_struct(&png, &info, nullptr);
  return true;
}

void FlattenOntoWhite(PngPixels* pixels) {
  if (pixels->alpha.empty()) return;
  const size_t channels = pixels->grey ? 1 : 3;
  for (size_t i = 0; i < pixels->colour.size(); ++i) {
    const unsigned alpha = pixels->alpha[i / channels];
    // Rounded: (c * a + 255 * (255 - a)) / 255.
    pixels->colour[i] =
        static_cast<uint8_t>((pixels->colour[i] * alpha + 255 * (255 - alpha) + 127) / 255);
  }
  pixels->alpha.clear();
}

}  // namespace coopkit
