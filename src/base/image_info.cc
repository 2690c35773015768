#include "base/image_info.h"

#include <libexif/exif-data.h>
#include <zlib.h>

#include <cstdint>
#include <utility>

#include "base/png_pixels.h"

namespace coopkit {
namespace {

constexpr std::string_view kPngSignature = "\x89PNG\r\n\x1A\n";
constexpr size_t kIhdrLength = 13;
// libharu holds a PNG's pixels whole in memory; an A4 page at 300 pixels per
// inch is 8.7 million.
constexpr uint64_t kMaxPngPixels = 40'000'000;

uint32_t BigEndian32(std::string_view bytes, size_t at) {
  auto byte = [&](size_t i) {
    return static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + i]));
  };
  return byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3);
}

uint16_t BigEndian16(std::string_view bytes, size_t at) {
  return static_cast<uint16_t>(static_cast<unsigned char>(bytes[at]) << 8 |
                               static_cast<unsigned char>(bytes[at + 1]));
}

// The CRC-32 of PNG chunks is zlib's.
uint32_t Crc32(std::string_view bytes) {
  return static_cast<uint32_t>(
      crc32(0, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size())));
}

bool ValidPngDepth(int colour_type, int depth) {
  switch (colour_type) {
    case 0:
      return depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
    case 3:
      return depth == 1 || depth == 2 || depth == 4 || depth == 8;
    case 2:
    case 4:
    case 6:
      return depth == 8 || depth == 16;
    default:
      return false;
  }
}

std::optional<ImageInfo> Fail(std::string* error, std::string message) {
  *error = std::move(message);
  return std::nullopt;
}

std::optional<ImageInfo> ReadPng(std::string_view bytes, std::string* error) {
  ImageInfo info{ImageFormat::kPng, 0, 0};
  bool palette_given = false, has_data = false;
  size_t at = kPngSignature.size();
  for (bool first = true;; first = false) {
    if (bytes.size() - at < 12)
      return Fail(error, "is cut short (a PNG must end with its IEND chunk)");
    uint32_t length = BigEndian32(bytes, at);
    std::string_view type = bytes.substr(at + 4, 4);
    if (length > bytes.size() - at - 12)
      return Fail(error, "is cut short in its '" + std::string(type) + "' chunk");
    std::string_view data = bytes.substr(at + 8, length);
    if (Crc32(bytes.substr(at + 4, 4 + length)) != BigEndian32(bytes, at + 8 + length))
      return Fail(error, "is damaged: its '" + std::string(type) + "' chunk fails its checksum");
    at += 12 + length;
    if (first) {
      if (type != "IHDR" || length != kIhdrLength)
        return Fail(error, "is damaged: a PNG must start with its IHDR header");
      uint32_t width = BigEndian32(data, 0), height = BigEndian32(data, 4);
      int depth = static_cast<unsigned char>(data[8]);
      int colour_type = static_cast<unsigned char>(data[9]);
      int interlace = static_cast<unsigned char>(data[12]);
      if (width == 0 || height == 0 || width > INT32_MAX || height > INT32_MAX)
        return Fail(error, "is damaged: its pixel size is impossible");
      if (!ValidPngDepth(colour_type, depth) || data[10] != 0 || data[11] != 0 || interlace > 1)
        return Fail(error, "is damaged: its IHDR header describes no valid PNG");
      info.width = static_cast<int>(width);
      info.height = static_cast<int>(height);
      palette_given = colour_type != 3;  // only palette images need a PLTE chunk
    } else if (type == "PLTE") {
      palette_given = true;
    } else if (type == "IDAT") {
      if (!palette_given)
        return Fail(error, "is damaged: its palette comes after its pixels or is missing");
      has_data = true;
    } else if (type == "IEND") {
      if (!has_data) return Fail(error, "is damaged: it holds no pixels (no IDAT chunk)");
      uint64_t pixels = static_cast<uint64_t>(info.width) * static_cast<uint64_t>(info.height);
      if (pixels > kMaxPngPixels)
        return Fail(error, "has " + std::to_string(pixels / 1'000'000) +
                               " million pixels, more than the " +
                               std::to_string(kMaxPngPixels / 1'000'000) +
                               " million coopkit embeds; scale it down (300 pixels per inch "
                               "of print are enough)");
      if (!DecodePngPixels(bytes, nullptr, error)) return std::nullopt;
      return info;
    }
  }
}

// The orientation in the EXIF segment `app1` (its bytes after the length,
// from "Exif\0\0"), 1 when it has none in range.
int ExifOrientation(std::string_view app1) {
  ExifData* exif = exif_data_new_from_data(reinterpret_cast<const unsigned char*>(app1.data()),
                                           static_cast<unsigned int>(app1.size()));
  if (!exif) return 1;
  int orientation = 1;
  ExifEntry* entry = exif_content_get_entry(exif->ifd[EXIF_IFD_0], EXIF_TAG_ORIENTATION);
  if (entry && entry->format == EXIF_FORMAT_SHORT && entry->components >= 1 && entry->data &&
      entry->size >= 2) {
    const int value = exif_get_short(entry->data, exif_data_get_byte_order(exif));
    if (value >= 1 && value <= 8) orientation = value;
  }
  exif_data_unref(exif);
  return orientation;
}

bool IsStandaloneJpegMarker(unsigned char marker) {
  return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);  // TEM, RSTn
}

std::optional<ImageInfo> ReadJpeg(std::string_view bytes, std::string* error) {
  ImageInfo info{ImageFormat::kJpeg, 0, 0};
  bool exif_seen = false;  // only the first EXIF segment counts, as viewers read it
  size_t at = 2;
  while (true) {
    if (at >= bytes.size()) return Fail(error, "is cut short before its image data");
    if (static_cast<unsigned char>(bytes[at]) != 0xFF)
      return Fail(error, "is damaged: a JPEG segment is out of place");
    while (at < bytes.size() && static_cast<unsigned char>(bytes[at]) == 0xFF) ++at;  // fill bytes
    if (at >= bytes.size()) return Fail(error, "is cut short before its image data");
    unsigned char marker = static_cast<unsigned char>(bytes[at++]);
    if (IsStandaloneJpegMarker(marker)) continue;
    if (marker == 0xD9) return Fail(error, "is damaged: it ends before its image data");
    if (bytes.size() - at < 2) return Fail(error, "is cut short before its image data");
    size_t length = BigEndian16(bytes, at);
    if (length < 2 || length > bytes.size() - at)
      return Fail(error, "is cut short before its image data");
    std::string_view segment = bytes.substr(at + 2, length - 2);
    at += length;
    bool first_exif =
        marker == 0xE1 && segment.starts_with(std::string_view("Exif\0\0", 6)) && !exif_seen;
    if (first_exif) {
      exif_seen = true;
      info.orientation = ExifOrientation(segment);
    }
    bool frame =
        marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    if (frame) {
      if (marker > 0xC2)
        return Fail(error,
                    "uses a JPEG coding (lossless, hierarchical or arithmetic) that PDF "
                    "readers cannot show; save it again as a baseline JPEG");
      if (segment.size() < 6) return Fail(error, "is damaged: its JPEG frame header is cut short");
      info.height = BigEndian16(segment, 1);
      info.width = BigEndian16(segment, 3);
      int components = static_cast<unsigned char>(segment[5]);
      if (info.width == 0 || info.height == 0)
        return Fail(error, "is damaged: its pixel size is impossible");
      if (components != 1 && components != 3 && components != 4)
        return Fail(error, "has " + std::to_string(components) +
                               " colour components; only grey, RGB and CMYK JPEGs can be embedded");
    } else if (marker == 0xDA) {
      if (info.width == 0)
        return Fail(error, "is damaged: its image data comes before its frame header");
      // The compressed data runs to the end marker; a cut file has lost it.
      size_t end = bytes.rfind("\xFF\xD9");
      if (end == bytes.npos || end < at)
        return Fail(error, "is cut short (a JPEG must end with its end marker)");
      return info;
    }
  }
}

}  // namespace

std::optional<ImageInfo> ReadImageInfo(std::string_view bytes, std::string* error) {
  if (bytes.starts_with(kPngSignature)) return ReadPng(bytes, error);
  if (bytes.starts_with("\xFF\xD8")) return ReadJpeg(bytes, error);
  if (kPngSignature.starts_with(bytes.substr(0, kPngSignature.size())) && !bytes.empty())
    return Fail(error, "is cut short");
  return Fail(error, "is neither a PNG nor a JPEG file");
}

}  // namespace coopkit
