#include "base/png_encoder.h"

#include <png.h>

#include <csetjmp>

namespace coopkit {
namespace {

void AppendPngBytes(png_structp png, png_bytep data, png_size_t length) {
  static_cast<std::string*>(png_get_io_ptr(png))
      ->append(reinterpret_cast<const char*>(data), length);
}

[[noreturn]] void OnPngWriteError(png_structp png, png_const_charp) { png_longjmp(png, 1); }

}  // namespace

std::string EncodePng(const RgbImage& image) {
  if (image.width <= 0 || image.height <= 0 ||
      image.pixels.size() != static_cast<size_t>(image.width) * image.height * 3)
    return {};
  png_structp png =
      png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, OnPngWriteError, nullptr);
  if (!png) return {};
  png_infop info = png_create_info_struct(png);
  std::string bytes;
  // Nothing with a destructor may be created between setjmp and the end.
  if (!info || setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    return {};
  }
  png_set_write_fn(png, &bytes, AppendPngBytes, nullptr);
  png_set_IHDR(png, info, image.width, image.height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info(png, info);
  const size_t row_bytes = static_cast<size_t>(image.width) * 3;
  for (int row = 0; row < image.height; ++row)
    png_write_row(png, image.pixels.data() + row * row_bytes);
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  return bytes;
}

}  // namespace coopkit
