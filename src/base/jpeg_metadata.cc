#include "base/jpeg_metadata.h"

#include <algorithm>

namespace coopkit {
namespace {

constexpr unsigned char kStartOfScan = 0xDA, kEndOfImage = 0xD9;

bool IsStandaloneMarker(unsigned char marker) {
  return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);  // TEM, RSTn
}

// Whether a segment with `marker` and `data` (after its length) is needed
// to decode the image.
bool DecodingNeeds(unsigned char marker, std::string_view data) {
  if (marker == 0xE0) return data.starts_with(std::string_view("JFIF\0", 5));
  if (marker == 0xE2) return data.starts_with(std::string_view("ICC_PROFILE\0", 12));
  if (marker == 0xEE) return data.starts_with("Adobe");
  return !(marker >= 0xE0 && marker <= 0xEF) && marker != 0xFE;  // other APPn, COM
}

// Where the entropy-coded data that starts at `at` ends: at the first marker
// that is neither a stuffed zero byte nor a restart marker.
size_t EndOfEntropyData(std::string_view jpeg, size_t at) {
  while (at + 1 < jpeg.size()) {
    if (static_cast<unsigned char>(jpeg[at]) != 0xFF) {
      ++at;
      continue;
    }
    unsigned char next = static_cast<unsigned char>(jpeg[at + 1]);
    if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
      at += 2;
    } else if (next == 0xFF) {
      ++at;  // a fill byte before a marker
    } else {
      return at;
    }
  }
  return jpeg.size();
}

// The JFIF header of an APP0 segment's `data` without the thumbnail it may
// carry (a small picture of the photo, perhaps before it was cropped): its
// fields up to the thumbnail's size, which becomes 0 × 0.
std::string JfifWithoutThumbnail(std::string_view data) {
  constexpr size_t kFields = 12;  // "JFIF\0", version, units, densities
  std::string segment = "\xFF\xE0";
  segment += static_cast<char>(0);
  segment += static_cast<char>(2 + kFields + 2);
  segment += data.substr(0, std::min(kFields, data.size()));
  segment.append(kFields - std::min(kFields, data.size()), '\0');
  return segment + std::string(2, '\0');
}

}  // namespace

std::optional<std::string> JpegWithoutMetadata(std::string_view jpeg) {
  if (!jpeg.starts_with("\xFF\xD8")) return std::nullopt;
  std::string kept(jpeg.substr(0, 2));
  size_t at = 2;
  while (true) {
    // Bytes between segments are junk that decoders skip (with a warning).
    at = std::min(jpeg.find('\xFF', at), jpeg.size());
    while (at + 1 < jpeg.size() && static_cast<unsigned char>(jpeg[at + 1]) == 0xFF)
      ++at;  // fill bytes
    if (jpeg.size() - at < 2) return std::nullopt;
    const unsigned char marker = static_cast<unsigned char>(jpeg[at + 1]);
    if (marker == kEndOfImage) return kept + "\xFF\xD9";  // what follows is no image
    if (IsStandaloneMarker(marker)) {
      kept += jpeg.substr(at, 2);
      at += 2;
      continue;
    }
    if (jpeg.size() - at < 4) return std::nullopt;
    const size_t length = static_cast<size_t>(static_cast<unsigned char>(jpeg[at + 2])) << 8 |
                          static_cast<unsigned char>(jpeg[at + 3]);
    if (length < 2 || length > jpeg.size() - at - 2) return std::nullopt;
    size_t end = at + 2 + length;
    if (marker == kStartOfScan) end = EndOfEntropyData(jpeg, end);
    const std::string_view data = jpeg.substr(at + 4, length - 2);
    if (marker == 0xE0 && DecodingNeeds(marker, data))
      kept += JfifWithoutThumbnail(data);
    else if (DecodingNeeds(marker, data))
      kept += jpeg.substr(at, end - at);
    at = end;
  }
}

}  // namespace coopkit
