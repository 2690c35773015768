#include "base/percent_encoding.h"

#include <cstring>

namespace coopkit {
namespace {

std::string PercentEncoded(std::string_view text, bool (*kept)(unsigned char byte)) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string encoded;
  for (unsigned char c : text) {
    if (kept(c)) {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += kHex[c >> 4];
      encoded += kHex[c & 0xF];
    }
  }
  return encoded;
}

bool KeptInAddress(unsigned char c) {
  return c > 0x20 && c < 0x7F && std::strchr("\"<>\\^`{|}", c) == nullptr;
}

bool KeptInPath(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~' || c == '/';
}

}  // namespace

std::string PercentEncodedAddress(std::string_view address) {
  return PercentEncoded(address, KeptInAddress);
}

std::string PercentEncodedPath(std::string_view path) { return PercentEncoded(path, KeptInPath); }

}  // namespace coopkit
