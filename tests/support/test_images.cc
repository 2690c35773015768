#include "tests/support/test_images.h"

#include <jpeglib.h>
#include <zlib.h>

#include <algorithm>
#include <cassert>
#include <cstdint>
#include <cstdio>  // before jpeglib.h, which uses FILE
#include <cstdlib>
#include <span>
#include <vector>

namespace coopkit::testing {
namespace {

void Append32(std::string* out, uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) out->push_back(static_cast<char>(value >> shift));
}

void Append16(std::string* out, uint16_t value) {
  out->push_back(static_cast<char>(value >> 8));
  out->push_back(static_cast<char>(value));
}

void AppendChunk(std::string* png, const std::string& type, const std::string& data) {
  Append32(png, static_cast<uint32_t>(data.size()));
  std::string typed = type + data;
  png->append(typed);
  Append32(png, static_cast<uint32_t>(
                    crc32(0, reinterpret_cast<const Bytef*>(typed.data()), typed.size())));
}

void AppendSegment(std::string* jpeg, unsigned char marker, const std::string& data) {
  jpeg->push_back('\xFF');
  jpeg->push_back(static_cast<char>(marker));
  Append16(jpeg, static_cast<uint16_t>(data.size() + 2));
  jpeg->append(data);
}

int SamplesPerPixel(int colour_type) {
  switch (colour_type) {
    case 2:
      return 3;
    case 4:
      return 2;
    case 6:
      return 4;
    default:
      return 1;  // grey, palette index
  }
}

// Samples packed at `depth` bits, big-endian, from the left of each byte.
void AppendSamples(std::string* row, const std::vector<uint32_t>& samples, int depth) {
  uint32_t bits = 0;
  int count = 0;
  for (uint32_t sample : samples) {
    bits = bits << depth | sample;
    count += depth;
    while (count >= 8) {
      count -= 8;
      row->push_back(static_cast<char>(bits >> count));
    }
  }
  if (count > 0) row->push_back(static_cast<char>(bits << (8 - count)));
}

}  // namespace

std::string PngBytes(const PngSpec& spec) {
  const int colour_type = spec.colour_type >= 0 ? spec.colour_type : spec.alpha ? 6 : 2;
  const int depth = spec.bit_depth;
  const int samples = SamplesPerPixel(colour_type);
  const uint32_t max_value = (1u << depth) - 1;
  std::string header;
  Append32(&header, static_cast<uint32_t>(spec.width));
  Append32(&header, static_cast<uint32_t>(spec.height));
  header += {static_cast<char>(depth), static_cast<char>(colour_type), 0, 0,
             static_cast<char>(spec.interlaced)};

  // Each row: filter type 0, then a left-to-right gradient; a second colour
  // channel that grows row by row, a constant third one, and half
  // transparency. An interlaced
  // file holds the seven Adam7 passes one after the other, each the pixels
  // of its columns in its rows; a pass with no pixel has no row.
  struct Pass {
    int x0, y0, dx, dy;
  };
  constexpr Pass kAdam7[] = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4},
                             {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}};
  constexpr Pass kWhole[] = {{0, 0, 1, 1}};
  std::string pixels;
  for (const Pass& pass :
       spec.interlaced ? std::span<const Pass>(kAdam7) : std::span<const Pass>(kWhole)) {
    if (pass.x0 >= spec.width) continue;
    for (int y = pass.y0; y < spec.height + spec.extra_rows; y += pass.dy) {
      std::vector<uint32_t> row;
      for (int x = pass.x0; x < spec.width; x += pass.dx) {
        row.push_back(max_value * x / std::max(spec.width - 1, 1));
        if (samples >= 3)
          row.insert(row.end(), {max_value * (y % spec.height) / std::max(spec.height - 1, 1),
                                 max_value * 200 / 255});
        if (samples % 2 == 0) row.push_back((max_value + 1) / 2);
      }
      pixels.push_back(0);
      AppendSamples(&pixels, row, depth);
    }
  }
  uLongf size = compressBound(pixels.size());
  std::string compressed(size, '\0');
  int status = compress(reinterpret_cast<Bytef*>(compressed.data()), &size,
                        reinterpret_cast<const Bytef*>(pixels.data()), pixels.size());
  assert(status == Z_OK);
  (void)status;
  compressed.resize(spec.pixels_cut ? size / 2 : size);

  std::string png = "\x89PNG\r\n\x1A\n";
  AppendChunk(&png, "IHDR", header);
  const int palette_size = colour_type == 3 ? 1 << depth : 0;
  if (palette_size > 0) {
    std::string palette;
    for (int i = 0; i < palette_size; ++i)
      palette += {static_cast<char>(255 * i / (palette_size - 1)), 0, static_cast<char>(200)};
    AppendChunk(&png, "PLTE", palette);
  }
  if (spec.transparent_colour) {
    std::string transparency;
    if (palette_size > 0) {
      for (int i = 0; i < palette_size; ++i)
        transparency.push_back(static_cast<char>(255 * i / (palette_size - 1)));
    } else {
      for (int i = 0; i < (colour_type == 2 ? 3 : 1); ++i) Append16(&transparency, 0);
    }
    AppendChunk(&png, "tRNS", transparency);
  }
  for (const ExtraChunk& chunk : spec.chunks) AppendChunk(&png, chunk.type, chunk.data);
  AppendChunk(&png, "IDAT", compressed);
  AppendChunk(&png, "IEND", "");
  return png;
}

// One component, one quantisation table of ones, and Huffman tables with a
// single one-bit code each: "DC difference 0" and "end of block". Every
// block is then the two bits 00, and the scan is padded with ones.
std::string JpegBytes(int width, int height, const std::vector<ExtraChunk>& segments,
                      const std::string& trailer) {
  std::string jpeg = "\xFF\xD8";
  for (const ExtraChunk& segment : segments)
    AppendSegment(&jpeg, static_cast<unsigned char>(segment.type.at(0)), segment.data);
  AppendSegment(&jpeg, 0xDB, std::string(1, '\0') + std::string(64, '\x01'));
  std::string frame = {8};
  Append16(&frame, static_cast<uint16_t>(height));
  Append16(&frame, static_cast<uint16_t>(width));
  frame += {1, 1, 0x11, 0};
  AppendSegment(&jpeg, 0xC0, frame);
  std::string one_code(16, '\0');
  one_code[0] = 1;
  AppendSegment(&jpeg, 0xC4, std::string(1, '\x00') + one_code + std::string(1, '\0'));
  AppendSegment(&jpeg, 0xC4, std::string(1, '\x10') + one_code + std::string(1, '\0'));
  AppendSegment(&jpeg, 0xDA, std::string{1, 1, 0, 0, 63, 0});
  size_t blocks = static_cast<size_t>((width + 7) / 8) * static_cast<size_t>((height + 7) / 8);
  size_t bits = 2 * blocks;
  std::string scan((bits + 7) / 8, '\0');
  if (bits % 8 != 0) scan.back() = static_cast<char>(0xFF >> (bits % 8));
  jpeg += scan;
  jpeg += "\xFF\xD9";
  return jpeg + trailer;
}

std::string QuadrantJpegBytes(int width, int height, const std::vector<ExtraChunk>& segments) {
  jpeg_compress_struct compress{};
  jpeg_error_mgr errors{};
  compress.err = jpeg_std_error(&errors);
  jpeg_create_compress(&compress);
  unsigned char* buffer = nullptr;
  unsigned long size = 0;
  jpeg_mem_dest(&compress, &buffer, &size);
  compress.image_width = static_cast<JDIMENSION>(width);
  compress.image_height = static_cast<JDIMENSION>(height);
  compress.input_components = 3;
  compress.in_color_space = JCS_RGB;
  jpeg_set_defaults(&compress);
  jpeg_set_quality(&compress, 95, TRUE);
  compress.write_JFIF_header = FALSE;
  jpeg_start_compress(&compress, TRUE);
  for (const ExtraChunk& segment : segments)
    jpeg_write_marker(&compress, static_cast<unsigned char>(segment.type.at(0)),
                      reinterpret_cast<const JOCTET*>(segment.data.data()),
                      static_cast<unsigned int>(segment.data.size()));
  std::vector<unsigned char> row(static_cast<size_t>(width) * 3);
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      const bool right = x >= width / 2, bottom = y >= height / 2;
      // red, green / blue, yellow
      const unsigned char r = (!right && !bottom) || (right && bottom) ? 255 : 0;
      const unsigned char g = right ? 255 : 0;
      const unsigned char b = !right && bottom ? 255 : 0;
      row[3 * x] = r;
      row[3 * x + 1] = g;
      row[3 * x + 2] = b;
    }
    JSAMPROW rows[] = {row.data()};
    jpeg_write_scanlines(&compress, rows, 1);
  }
  jpeg_finish_compress(&compress);
  jpeg_destroy_compress(&compress);
  std::string bytes(reinterpret_cast<const char*>(buffer), size);
  std::free(buffer);
  return bytes;
}

ExtraChunk ExifOrientationSegment(int orientation, bool big_endian) {
  auto put16 = [&](std::string* out, int value) {
    const char high = static_cast<char>((value >> 8) & 0xFF), low = static_cast<char>(value & 0xFF);
    *out += big_endian ? std::string{high, low} : std::string{low, high};
  };
  auto put32 = [&](std::string* out, int value) {
    if (big_endian) {
      put16(out, (value >> 16) & 0xFFFF);
      put16(out, value & 0xFFFF);
    } else {
      put16(out, value & 0xFFFF);
      put16(out, (value >> 16) & 0xFFFF);
    }
  };
  std::string tiff = big_endian ? "MM" : "II";
  put16(&tiff, 42);
  put32(&tiff, 8);       // IFD0 right after the header
  put16(&tiff, 1);       // one entry:
  put16(&tiff, 0x0112);  //   Orientation
  put16(&tiff, 3);       //   SHORT
  put32(&tiff, 1);       //   one value, in the entry itself
  put16(&tiff, orientation);
  put16(&tiff, 0);
  put32(&tiff, 0);  // no next IFD
  return {"\xE1", std::string("Exif\0\0", 6) + tiff};
}

}  // namespace coopkit::testing
