#include "tests/support/test_images.h"

#include <zlib.h>

#include <algorithm>
#include <cassert>
#include <cstdint>
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

}  // namespace coopkit::testing
