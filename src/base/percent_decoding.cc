#include "base/percent_decoding.h"

namespace coopkit {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// One pass; whether anything was decoded.
bool DecodeOnce(std::string_view uri, std::string* decoded) {
  bool changed = false;
  decoded->clear();
  for (size_t i = 0; i < uri.size(); ++i) {
    const int high = i + 2 < uri.size() && uri[i] == '%' ? HexValue(uri[i + 1]) : -1;
    const int low = high >= 0 ? HexValue(uri[i + 2]) : -1;
    if (low >= 0) {
      *decoded += static_cast<char>(high * 16 + low);
      i += 2;
      changed = true;
    } else if (uri[i] == '+') {
      *decoded += ' ';
      changed = true;
    } else {
      *decoded += uri[i];
    }
  }
  return changed;
}

}  // namespace

std::string PercentDecoded(std::string_view uri) {
  std::string text(uri), decoded;
  for (int pass = 0; pass < kPercentDecodingPasses && DecodeOnce(text, &decoded); ++pass)
    text.swap(decoded);
  return text;
}

}  // namespace coopkit
