#include "markup/character_references.h"

#include <cstdio>

#include "base/utf8.h"

namespace coopkit::markup {
namespace {

bool IsHexDigit(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool IsDecimalDigit(char c) { return c >= '0' && c <= '9'; }

// What the reference's value is when it is no character; empty when it is one.
std::string WhatItNames(unsigned long value) {
  char code[16];
  std::snprintf(code, sizeof code, "U+%04lX", value);
  if (value > 0x10FFFF) return "no character: Unicode ends at U+10FFFF";
  if (value == 0) return std::string(code) + " (NUL), which is not a character";
  if (value >= 0xD800 && value <= 0xDFFF)
    return std::string(code) + ", a surrogate, which is not a character";
  if (IsNoncharacter(static_cast<char32_t>(value)))
    return std::string(code) + ", which is not a character";
  if ((value < 0x20 && value != '\t' && value != '\n' && value != '\r') ||
      (value >= 0x7F && value <= 0x9F))
    return std::string(code) + ", a control character, which no font can print";
  return {};
}

}  // namespace

std::vector<BadCharacterReference> FindBadCharacterReferences(std::string_view source) {
  std::vector<BadCharacterReference> found;
  for (size_t at = source.find("&#"); at != source.npos; at = source.find("&#", at + 1)) {
    size_t backslashes = 0;
    while (backslashes < at && source[at - 1 - backslashes] == '\\') ++backslashes;
    if (backslashes % 2 == 1) continue;
    // &#[0-9]{1,8}; and &#[xX][0-9a-fA-F]{1,8}; as cmark-gfm 0.29 reads them
    // (CommonMark now stops at 7 and 6 digits).
    size_t digits = at + 2;
    const bool hex = digits < source.size() && (source[digits] == 'x' || source[digits] == 'X');
    if (hex) ++digits;
    size_t end = digits;
    while (end < source.size() && (hex ? IsHexDigit(source[end]) : IsDecimalDigit(source[end])))
      ++end;
    const size_t count = end - digits;
    if (count == 0 || count > 8 || end >= source.size() || source[end] != ';') continue;
    const unsigned long value =
        std::stoul(std::string(source.substr(digits, count)), nullptr, hex ? 16 : 10);
    std::string names = WhatItNames(value);
    if (names.empty()) continue;
    found.push_back({at, "the character reference '" +
                             std::string(source.substr(at, end + 1 - at)) + "' names " + names});
  }
  return found;
}

}  // namespace coopkit::markup
