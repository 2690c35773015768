#include "base/utf8.h"

#include <cstdio>

namespace coopkit {

char32_t DecodeUtf8(std::string_view text, size_t* pos) {
  size_t i = *pos;
  unsigned char c = static_cast<unsigned char>(text[i]);
  int extra;
  char32_t cp;
  if (c < 0x80) {
    *pos = i + 1;
    return c;
  } else if ((c & 0xE0) == 0xC0) {
    extra = 1;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    extra = 2;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    extra = 3;
    cp = c & 0x07;
  } else {
    *pos = i + 1;
    return kReplacementCharacter;
  }
  if (i + extra >= text.size()) {
    *pos = i + 1;
    return kReplacementCharacter;
  }
  for (int k = 1; k <= extra; ++k) {
    unsigned char next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0) != 0x80) {
      *pos = i + 1;
      return kReplacementCharacter;
    }
    cp = (cp << 6) | (next & 0x3F);
  }
  static constexpr char32_t kMinimum[] = {0, 0x80, 0x800, 0x10000};
  if (cp < kMinimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    *pos = i + 1;
    return kReplacementCharacter;
  }
  *pos = i + 1 + extra;
  return cp;
}

void AppendUtf8(std::string* out, char32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string DescribeCodePoint(char32_t cp) {
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
  std::string out = code;
  bool space = cp == 0x00A0 || cp == 0x202F || cp == 0x2007 || (cp >= 0x2000 && cp <= 0x200B);
  if (cp > 0x20 && (cp < 0x7F || cp > 0x9F) && !space) {
    out += ' ';
    AppendUtf8(&out, cp);
  }
  return out;
}

size_t Utf8Length(std::string_view text) {
  size_t n = 0;
  for (size_t pos = 0; pos < text.size(); ++n) DecodeUtf8(text, &pos);
  return n;
}

bool IsValidUtf8(std::string_view text) {
  for (size_t pos = 0; pos < text.size();) {
    size_t start = pos;
    if (DecodeUtf8(text, &pos) == kReplacementCharacter &&
        text.substr(start, pos - start) != "\xEF\xBF\xBD")
      return false;
  }
  return true;
}

void RemoveByteOrderMark(std::string* text) {
  if (text->starts_with("\xEF\xBB\xBF")) text->erase(0, 3);
}

}  // namespace coopkit
