#include "fonts/truetype_check.h"

#include <cstdint>
#include <set>

namespace coopkit::fonts {
namespace {

constexpr size_t kOffsetTableSize = 12;
constexpr size_t kTableRecordSize = 16;
// The tables libharu reads to measure and embed a face.
constexpr std::string_view kRequiredTables[] = {"cmap", "glyf", "head", "hhea",
                                                "hmtx", "loca", "maxp"};

uint32_t ReadU32(std::string_view bytes, size_t at) {
  auto b = [&](size_t i) {
    return static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + i]));
  };
  return b(0) << 24 | b(1) << 16 | b(2) << 8 | b(3);
}

uint16_t ReadU16(std::string_view bytes, size_t at) {
  auto b = [&](size_t i) {
    return static_cast<uint16_t>(static_cast<unsigned char>(bytes[at + i]));
  };
  return static_cast<uint16_t>(b(0) << 8 | b(1));
}

}  // namespace

bool CheckTrueTypeFont(std::string_view bytes, std::string* problem) {
  if (bytes.size() < kOffsetTableSize) {
    *problem = "is not a font file (only " + std::to_string(bytes.size()) + " bytes)";
    return false;
  }
  std::string_view version = bytes.substr(0, 4);
  if (version == "OTTO") {
    *problem =
        "has CFF (PostScript) outlines, which the PDF writer (libharu) cannot embed; "
        "use a TrueType (.ttf) version of this font";
    return false;
  }
  if (version == "ttcf") {
    *problem = "is a font collection (.ttc); give the file of a single face (.ttf)";
    return false;
  }
  if (ReadU32(bytes, 0) != 0x00010000 && version != "true") {
    *problem = "is not a TrueType font file";
    return false;
  }

  uint16_t table_count = ReadU16(bytes, 4);
  if (table_count == 0 || kOffsetTableSize + table_count * kTableRecordSize > bytes.size()) {
    *problem = "is truncated or damaged: its table directory does not fit in the file";
    return false;
  }
  std::set<std::string_view> tags;
  for (size_t i = 0; i < table_count; ++i) {
    size_t record = kOffsetTableSize + i * kTableRecordSize;
    std::string_view tag = bytes.substr(record, 4);
    uint64_t offset = ReadU32(bytes, record + 8);
    uint64_t length = ReadU32(bytes, record + 12);
    if (offset + length > bytes.size()) {
      *problem = "is truncated or damaged: its '" + std::string(tag) +
                 "' table ends past the end of the file";
      return false;
    }
    tags.insert(tag);
  }
  for (std::string_view required : kRequiredTables) {
    if (!tags.contains(required)) {
      *problem = "lacks the '" + std::string(required) + "' table a TrueType font needs";
      return false;
    }
  }
  return true;
}

}  // namespace coopkit::fonts
