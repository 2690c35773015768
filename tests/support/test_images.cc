#include "tests/support/test_images.h"

#include <zlib.h>

#include <cassert>
#include <cstdint>

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

}  // namespace

std::string PngBytes(const PngSpec& spec) {
  const int channels = spec.alpha ? 4 : 3;
  std::string header;
  Append32(&header, static_cast<uint32_t>(spec.width));
  Append32(&header, static_cast<uint32_t>(spec.height));
  header += {8, static_cast<char>(spec.alpha ? 6 : 2), 0, 0, static_cast<char>(spec.interlaced)};

  // Each row: filter type 0, then a left-to-right red gradient over blue.
  std::string pixels;
  for (int y = 0; y < spec.height + spec.extra_rows; ++y) {
    pixels.push_back(0);
    for (int x = 0; x < spec.width; ++x) {
      pixels += {static_cast<char>(255 * x / spec.width), 0, static_cast<char>(200)};
      if (channels == 4) pixels.push_back(static_cast<char>(128));  // half transparent
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
  AppendChunk(&png, "IDAT", compressed);
  AppendChunk(&png, "IEND", "");
  return png;
}

// One component, one quantisation table of ones, and Huffman tables with a
// single one-bit code each: "DC difference 0" and "end of block". Every
// block is then the two bits 00, and the scan is padded with ones.
std::string JpegBytes(int width, int height) {
  std::string jpeg = "\xFF\xD8";
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
  return jpeg;
}

}  // namespace coopkit::testing
